package analyzer

import (
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"reflect"
	"runtime/debug"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
	"github.com/viewcheck/viewcheck/analyzer/internal/contract"
)

// Analyzer reports the aliasing bugs of array views and copies. Every
// diagnostic's Category is its check ID and its message ends with the ID in
// parentheses, for example "(VC1001)".
var Analyzer = &analysis.Analyzer{
	Name:      "viewcheck",
	Doc:       "report aliasing bugs of array views and copies (writes through views, lost writes into copies, stale views)",
	URL:       "https://github.com/viewcheck/viewcheck/blob/main/docs/checks.md",
	Run:       run,
	Flags:     flags(),
	FactTypes: []analysis.Fact{new(alias.Summary), new(alias.ArrayType), new(alias.Involved)},
	// A package is analyzed only when it can hold an array; the rest
	// cost a look at their imports' facts.
	ResultType: reflect.TypeFor[*Result](),
}

// Result is the analyzer's result for other passes: the model of every
// function of the package (nil when the package cannot hold an array).
type Result struct {
	Funcs []*alias.Func
}

var (
	checksFlag    = "" // the -checks list as given; see ParseChecks
	debugFlag     = false
	contractsFlag = ""
)

func flags() flag.FlagSet {
	var fs flag.FlagSet
	fs.Var(checksValue{&checksFlag}, "checks", "comma-separated `list` of checks to run, applied left to right: all, VC1001, view-write; -VC1004 turns a check off, and a list that starts with such an item edits the default checks (empty: the default checks)")
	fs.StringVar(&contractsFlag, "contracts", "", "comma-separated contracts files for libraries without //viewcheck: directives (docs/contracts.md); "+contract.FileName+" at the module root is read without this flag")
	fs.BoolVar(&debugFlag, "verbose", false, "explain on stderr what was skipped and why (unsupported code, recovered failures)")
	return fs
}

func debugf(format string, args ...any) {
	if debugFlag {
		fmt.Fprintf(os.Stderr, "viewcheck: "+format+"\n", args...)
	}
}

// checksValue is the -checks flag. It refuses a bad list when the flag is
// set, so that go vet, golangci-lint and nogo stop at the configuration
// instead of failing every package. run parses the list again: it is a
// few items, and each pass, concurrent with others, gets its own set.
type checksValue struct{ spec *string }

func (v checksValue) String() string {
	if v.spec == nil { // the zero value the flag package makes for defaults
		return ""
	}
	return *v.spec
}

func (v checksValue) Set(s string) error {
	if _, err := ParseChecks(s); err != nil {
		return err
	}
	*v.spec = s
	return nil
}

func run(pass *analysis.Pass) (res any, err error) {
	defer func() {
		if r := recover(); r != nil {
			debugf("%s: internal error, package skipped: %v\n%s", pass.Pkg.Path(), r, debug.Stack())
			res, err = &Result{}, nil
		}
	}()
	enabled, err := ParseChecks(checksFlag)
	if err != nil {
		return nil, err
	}
	a := &analysis_{pass: pass, enabled: enabled, declared: make(map[*types.Func]*alias.Summary)}
	if err := a.loadContracts(); err != nil {
		return nil, err
	}
	a.suppress = newSuppressions(pass)
	declares := a.readDirectives()
	involved := declares || a.contractsInvolve()
	for _, imp := range pass.Pkg.Imports() {
		if pass.ImportPackageFact(imp, new(alias.Involved)) {
			involved = true
			break
		}
	}
	a.checkSliceSnapshots()
	if !involved {
		a.suppress.reportMalformed(a)
		return &Result{}, nil
	}
	pass.ExportPackageFact(new(alias.Involved))
	funcs := a.buildSSA()
	if funcs == nil {
		return &Result{}, nil
	}
	a.analyzeAll(funcs)
	if len(a.contractErrs) > 0 {
		return nil, errors.Join(a.contractErrs...)
	}
	a.exportSummaries()
	a.runChecks()
	a.suppress.reportMalformed(a)
	return &Result{Funcs: a.ordered}, nil
}

// analysis_ is the state of one run over one package.
type analysis_ struct {
	pass     *analysis.Pass
	enabled  map[string]bool
	suppress *suppressions

	declared  map[*types.Func]*alias.Summary
	contracts *contract.Set
	// fromContract and fromBuiltin cache the summaries contracts give;
	// contractErrs collects contracts that do not fit what they name.
	fromContract map[*types.Func]*alias.Summary
	fromBuiltin  map[string]*alias.Summary
	contractErrs []error
	arrayTypes   map[*types.TypeName]bool
	bindings     map[token.Pos]binding
	calls        map[token.Pos]*ast.CallExpr
	selectors    map[token.Pos]*ast.SelectorExpr
	prog         *alias.Program
	ordered      []*alias.Func
	reported     map[string]bool
	contents     map[string][]byte
}

// binding holds the variables a call's results are bound to, by result
// index ("" for a blank or a non-variable).
type binding struct {
	names []string
}

// buildSSA builds the package's SSA form, or returns nil when it cannot.
func (a *analysis_) buildSSA() (funcs []*ssa.Function) {
	defer func() {
		if r := recover(); r != nil {
			debugf("%s: cannot build SSA, package skipped: %v", a.pass.Pkg.Path(), r)
			funcs = nil
		}
	}()
	prog := ssa.NewProgram(a.pass.Fset, 0)
	for _, p := range a.pass.Pkg.Imports() {
		prog.CreatePackage(p, nil, nil, true)
	}
	pkg := prog.CreatePackage(a.pass.Pkg, a.pass.Files, a.pass.TypesInfo, false)
	pkg.Build()
	for _, f := range a.pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			obj, _ := a.pass.TypesInfo.Defs[fd.Name].(*types.Func)
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

func (a *analysis_) analyzeAll(funcs []*ssa.Function) {
	a.indexSyntax()
	env := &alias.Env{
		IsArray: a.isArrayType,
		Stated:  a.statedSummary,
		Method:  a.contractSummary,
		Builtin: a.builtinSummary,
		Binding: func(v ssa.Value, i int) (string, bool) {
			b, ok := a.bindings[v.Pos()]
			if !ok || i >= len(b.names) || b.names[i] == "" {
				return "", false
			}
			return b.names[i], true
		},
		Note: func(pos token.Pos, msg string) {
			debugf("%s: %s", a.pass.Fset.Position(pos), msg)
		},
		Debugf: debugf,
	}
	a.prog = alias.NewProgram(a.pass.Pkg, funcs, env)
	a.ordered = a.prog.Models()
}

// statedSummary returns the summary stated for a function rather than
// inferred: declared by directives or a contract, or imported as a fact.
func (a *analysis_) statedSummary(obj *types.Func) *alias.Summary {
	if s, ok := a.declared[obj]; ok {
		return s
	}
	if s := a.contractSummary(obj); s != nil {
		return s
	}
	if obj.Pkg() != a.pass.Pkg {
		s := new(alias.Summary)
		if a.pass.ImportObjectFact(obj, s) {
			return s
		}
	}
	return nil
}

// exportSummaries publishes the inferred summaries that say something.
func (a *analysis_) exportSummaries() {
	for _, m := range a.ordered {
		obj, _ := m.Fn.Object().(*types.Func)
		if obj == nil || m.Fn.Parent() != nil || a.declared[obj] != nil {
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
			a.pass.ExportObjectFact(obj, s)
		}
	}
}

// indexSyntax records, for every call, its syntax and the variable its
// result is bound to.
func (a *analysis_) indexSyntax() {
	a.bindings = make(map[token.Pos]binding)
	a.calls = make(map[token.Pos]*ast.CallExpr)
	a.selectors = make(map[token.Pos]*ast.SelectorExpr)
	bind := func(lhs []ast.Expr, rhs []ast.Expr) {
		name := func(e ast.Expr) string {
			switch t := e.(type) {
			case *ast.Ident:
				if t.Name != "_" {
					return t.Name
				}
			case *ast.SelectorExpr:
				return t.Sel.Name
			}
			return ""
		}
		for i, r := range rhs {
			r = ast.Unparen(r)
			if ta, ok := r.(*ast.TypeAssertExpr); ok {
				// m.RowView(0).(*mat.VecDense): the variable names
				// the view the call made.
				r = ast.Unparen(ta.X)
			}
			call, ok := r.(*ast.CallExpr)
			if !ok {
				continue
			}
			var b binding
			switch {
			case len(lhs) == len(rhs):
				b.names = []string{name(lhs[i])}
			case len(rhs) == 1:
				for _, l := range lhs {
					b.names = append(b.names, name(l))
				}
			}
			if len(b.names) > 0 {
				a.bindings[call.Lparen] = b
			}
		}
	}
	for _, f := range a.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				a.calls[n.Lparen] = n
			case *ast.SelectorExpr:
				a.selectors[n.Sel.Pos()] = n
			case *ast.AssignStmt:
				bind(n.Lhs, n.Rhs)
			case *ast.ValueSpec:
				lhs := make([]ast.Expr, len(n.Names))
				for i, id := range n.Names {
					lhs[i] = id
				}
				bind(lhs, n.Values)
			}
			return true
		})
	}
}
