package analyzer

import (
	"go/ast"
	"go/types"
	"testing"

	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
	"github.com/viewcheck/viewcheck/analyzer/internal/directive"
)

// TestNdarrayContract checks ndarray's directives against its bodies: every
// exported function and method declares its contract, and where the model
// can infer a summary from the body, the two agree.
func TestNdarrayContract(t *testing.T) {
	cfg := &packages.Config{Mode: packages.LoadSyntax}
	pkgs, err := packages.Load(cfg, "github.com/viewcheck/viewcheck/ndarray")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("loading ndarray: %v", err)
	}
	prog, ssaPkgs := ssautil.Packages(pkgs, 0)
	prog.Build()
	pkg, ssaPkg := pkgs[0], ssaPkgs[0]

	arrayTypes := make(map[*types.TypeName]bool)
	declared := make(map[*types.Func]*alias.Summary)
	decls := make(map[*types.Func]*ast.FuncDecl)
	trusted := make(map[*types.Func]*alias.Summary) // unexported helpers with directives
	isArray := func(t types.Type) bool {
		p, ok := types.Unalias(t).(*types.Pointer)
		if !ok {
			return false
		}
		n, ok := types.Unalias(p.Elem()).(*types.Named)
		return ok && arrayTypes[n.Origin().Obj()]
	}
	for _, f := range pkg.Syntax {
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, spec := range g.Specs {
				ts, ok := spec.(*ast.TypeSpec)
				if !ok {
					continue
				}
				doc := ts.Doc
				if doc == nil {
					doc = g.Doc
				}
				ds, _ := directive.Parse(doc)
				for _, dir := range ds {
					if dir.Kind == directive.Array {
						arrayTypes[pkg.TypesInfo.Defs[ts.Name].(*types.TypeName)] = true
					}
				}
			}
		}
	}
	if len(arrayTypes) == 0 {
		t.Fatal("no type in ndarray carries //viewcheck:array")
	}
	for _, f := range pkg.Syntax {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			obj := pkg.TypesInfo.Defs[fd.Name].(*types.Func)
			ds, err := directive.Parse(fd.Doc)
			if err != nil {
				t.Errorf("%s: %v", obj.Name(), err)
				continue
			}
			if len(ds) == 0 {
				if fd.Name.IsExported() {
					t.Errorf("%s has no //viewcheck: directive", obj.FullName())
				}
				continue
			}
			s, err := directiveSummary(obj, fd, ds, isArray)
			if err != nil {
				t.Errorf("%s: %v", obj.Name(), err)
				continue
			}
			if !fd.Name.IsExported() {
				// An internal helper the analyzer cannot see through
				// (unsafe): trusted as declared, as the analyzer does.
				trusted[obj] = s
				continue
			}
			declared[obj] = s
			decls[obj] = fd
		}
	}

	// Infer each function from its body; callees use their declared
	// contract, or are inferred themselves.
	models := make(map[*ssa.Function]*alias.Func)
	inflight := make(map[*ssa.Function]bool)
	var env *alias.Env
	var infer func(fn *ssa.Function) *alias.Func
	env = &alias.Env{
		IsArray: isArray,
		Summary: func(fn *ssa.Function) *alias.Summary {
			if o := fn.Origin(); o != nil {
				fn = o
			}
			if obj, ok := fn.Object().(*types.Func); ok {
				if s := declared[obj.Origin()]; s != nil {
					return s
				}
				if s := trusted[obj.Origin()]; s != nil {
					return s
				}
			}
			if m := infer(fn); m != nil {
				return m.Summary
			}
			return nil
		},
	}
	infer = func(fn *ssa.Function) *alias.Func {
		if m, ok := models[fn]; ok {
			return m
		}
		if inflight[fn] || fn.Blocks == nil {
			return nil
		}
		inflight[fn] = true
		m := alias.Analyze(fn, env, nil)
		delete(inflight, fn)
		models[fn] = m
		return m
	}

	checked := 0
	for obj, want := range declared {
		fn := ssaFunc(prog, ssaPkg, obj)
		if fn == nil {
			t.Errorf("%s: no SSA function", obj.FullName())
			continue
		}
		m := infer(fn)
		if m == nil {
			continue
		}
		got := m.Summary
		if extra := got.Writes &^ want.Writes; extra != 0 {
			t.Errorf("%s writes through parameters %b its directives do not declare (declared %b)", obj.FullName(), extra, want.Writes)
		}
		if want.Writes != 0 && got.Writes != 0 {
			checked++
		}
		for i, r := range got.Results {
			if i >= len(want.Results) || r.Kind == alias.ResultUnknown || want.Results[i].Kind == alias.ResultUnknown {
				continue
			}
			if !compatible(want.Results[i], r) {
				t.Errorf("%s: result %d declared %v of param %d, body gives %v of param %d",
					obj.FullName(), i, want.Results[i].Kind, want.Results[i].Param, r.Kind, r.Param)
			}
			checked++
		}
	}
	// The comparison must not be vacuous: the model has to infer a good
	// part of the API.
	if checked < 25 {
		t.Errorf("only %d contract points could be inferred and compared; the model lost track of ndarray's bodies", checked)
	}
	t.Logf("%d functions declared, %d contract points inferred and compared", len(declared), checked)
}

// compatible reports whether an inferred result agrees with a declared one.
func compatible(declared, inferred alias.Result) bool {
	switch declared.Kind {
	case alias.ResultFresh, alias.ResultCopy:
		return inferred.Kind == alias.ResultFresh || inferred.Kind == alias.ResultCopy
	case alias.ResultView, alias.ResultReadOnly:
		return (inferred.Kind == alias.ResultView || inferred.Kind == alias.ResultReadOnly) && inferred.Param == declared.Param
	case alias.ResultMayView:
		// A view on one path, new memory on the other.
		return inferred.Param == declared.Param || inferred.Kind == alias.ResultFresh
	}
	return true
}

func ssaFunc(prog *ssa.Program, pkg *ssa.Package, obj *types.Func) *ssa.Function {
	if sig := obj.Type().(*types.Signature); sig.Recv() == nil {
		return pkg.Func(obj.Name())
	}
	return prog.FuncValue(obj)
}
