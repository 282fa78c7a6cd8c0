package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
)

// buildSSA builds the package's SSA form, or returns nil when it cannot.
func (c *checker) buildSSA() (funcs []*ssa.Function) {
	defer func() {
		if r := recover(); r != nil {
			debugf("%s: cannot build SSA, package skipped: %v", c.pass.Pkg.Path(), r)
			funcs = nil
		}
	}()
	prog := ssa.NewProgram(c.pass.Fset, 0)
	for _, p := range c.pass.Pkg.Imports() {
		prog.CreatePackage(p, nil, nil, true)
	}
	pkg := prog.CreatePackage(c.pass.Pkg, c.pass.Files, c.pass.TypesInfo, false)
	pkg.Build()
	for _, f := range c.pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			obj, _ := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if obj == nil {
				continue
			}
			fn := prog.FuncValue(obj)
			if fn == nil {
				continue
			}
			var add func(*ssa.Function)
			add = func(fn *ssa.Function) {
				funcs = append(funcs, fn)
				for _, anon := range fn.AnonFuncs {
					add(anon)
				}
			}
			add(fn)
		}
	}
	return funcs
}

// makeModels makes the model of every function (package alias): the
// syntax index names the views, the contracts say which types are arrays
// and what library calls do, and callees' summaries come from this
// package's bodies or from facts.
func (c *checker) makeModels(funcs []*ssa.Function) {
	c.syntax.index()
	env := &alias.Env{
		IsArray: c.isArray,
		Stated:  c.contracts.statedSummary,
		Method:  c.contracts.contractSummary,
		Builtin: c.contracts.builtinSummary,
		Binding: func(v ssa.Value, i int) (string, bool) {
			b, ok := c.syntax.bindings[v.Pos()]
			if !ok || i >= len(b.names) || b.names[i] == "" {
				return "", false
			}
			return b.names[i], true
		},
		Note: func(pos token.Pos, msg string) {
			debugf("%s: %s", c.pass.Fset.Position(pos), msg)
		},
		Debugf: debugf,
	}
	c.models = alias.NewProgram(c.pass.Pkg, funcs, env)
	c.funcs = c.models.Models()
}

// exportSummaries publishes the inferred summaries that say something.
func (c *checker) exportSummaries() {
	for _, m := range c.funcs {
		obj, _ := m.Fn.Object().(*types.Func)
		if obj == nil || m.Fn.Parent() != nil || c.contracts.declared[obj] != nil {
			continue
		}
		s := m.Summary
		interesting := s.Writes != 0 || s.Stores != 0
		for _, r := range s.Results {
			if r.Kind != alias.ResultUnknown {
				interesting = true
			}
		}
		if interesting {
			c.pass.ExportObjectFact(obj, s)
		}
	}
}
