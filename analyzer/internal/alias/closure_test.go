package alias

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"
)

// A closure's summary describes its own parameters. An array it captured
// from its enclosing function is a root of that function: had the summary
// counted it by its index there, the closure would claim to write, and to
// return a view of, its own first argument.
func TestClosureSummaryIgnoresCapturedParameters(t *testing.T) {
	const src = `package p

type A struct{ d []float64 }

func (a *A) Fill(v float64) {
	for i := range a.d {
		a.d[i] = v
	}
}

func outer(w, x *A) func(*A) *A {
	return func(y *A) *A {
		w.Fill(1)
		return w
	}
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, _, err := ssautil.BuildPackage(&types.Config{Importer: importer.Default()}, fset,
		types.NewPackage("p", "p"), []*ast.File{f}, ssa.BuilderMode(0))
	if err != nil {
		t.Fatal(err)
	}
	arrayType := pkg.Pkg.Scope().Lookup("A").Type()
	env := &Env{IsArray: func(t types.Type) bool {
		p, ok := t.(*types.Pointer)
		return ok && types.Identical(p.Elem(), arrayType)
	}}
	env.Summary = func(fn *ssa.Function) *Summary {
		if fn.Pkg != pkg || fn.Blocks == nil {
			return nil
		}
		return Analyze(fn, env, nil).Summary
	}
	outer := pkg.Func("outer")
	parent := Analyze(outer, env, nil)
	closure := outer.AnonFuncs[0]
	got := Analyze(closure, env, parent.Closures[closure]).Summary
	if got.WritesParam(0) {
		t.Errorf("closure summary %v: writes its parameter 0, though it writes only the captured w", got)
	}
	if len(got.Results) != 1 || got.Results[0].Kind != ResultUnknown {
		t.Errorf("closure summary %v: want an unknown result (a captured array, not a parameter)", got)
	}
	// A method's receiver is its own parameter 0: Fill writes it.
	fill := pkg.Prog.FuncValue(arrayType.(*types.Named).Method(0))
	if sum := env.Summary(fill); sum == nil || !sum.WritesParam(0) {
		t.Errorf("Fill's summary %v: want writes param 0", sum)
	}
}
