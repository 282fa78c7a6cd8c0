package analyzer

import (
	"fmt"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
	"github.com/viewcheck/viewcheck/analyzer/internal/contract"
)

const gonumMat = "gonum.org/v1/gonum/mat"

// loadGonum loads gonum's mat package from the test corpus's module, which
// requires gonum, fetching the module first if this machine lacks it.
func loadGonum(t *testing.T) (*packages.Package, *ssa.Program, *ssa.Package) {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	ensureTestdataModules(t, dir)
	cfg := &packages.Config{Mode: packages.LoadSyntax, Dir: dir}
	pkgs, err := packages.Load(cfg, gonumMat)
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("loading %s: %v", gonumMat, err)
	}
	prog, ssaPkgs := ssautil.Packages(pkgs, 0)
	prog.Build()
	return pkgs[0], prog, ssaPkgs[0]
}

// ensureTestdataModules downloads the modules the corpus requires (gonum):
// analysistest loads the corpus with GOPROXY=off.
func ensureTestdataModules(t *testing.T, dir string) {
	t.Helper()
	cmd := exec.Command("go", "mod", "download", "gonum.org/v1/gonum")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go mod download in %s: %v\n%s", dir, err, out)
	}
}

// TestGonumContract checks the built-in gonum contracts against gonum's
// bodies, as TestNdarrayContract checks ndarray's directives: every
// declared contract names a real function whose parameters it names, and
// where the model infers a summary from the body, the two agree or the
// difference is listed in gonumExceptions with its reason.
func TestGonumContract(t *testing.T) {
	pkg, prog, _ := loadGonum(t)
	set, err := contract.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	a := &contracts{set: set}
	isArray := func(t types.Type) bool { return a.isContractArray(t) }

	// Every contract of mat names something that exists.
	objs := gonumObjects(pkg.Types)
	declared := make(map[*types.Func]*alias.Summary)
	for _, e := range set.Entries() {
		if !strings.Contains(e.Name, gonumMat+".") {
			continue
		}
		if e.IsType() {
			if pkg.Types.Scope().Lookup(strings.TrimPrefix(e.Name, gonumMat+".")) == nil {
				t.Errorf("%s: %s is not a type of %s", e.Where(), e.Name, gonumMat)
			}
			continue
		}
		obj := objs[e.Name]
		if obj == nil {
			t.Errorf("%s: %s is not a function or method of %s", e.Where(), e.Name, gonumMat)
			continue
		}
		sig := obj.Type().(*types.Signature)
		s, err := declaredSummary(obj.FullName(), signatureParams(sig), sig.Recv() != nil, sig.Results(), e.Words, isArray)
		if err != nil {
			t.Errorf("%s: %v", e.Where(), err)
			continue
		}
		declared[obj] = s
	}
	// Every exported method of a type the contracts call an array, and
	// every function that takes or returns one, has a contract: an
	// interface method without one would be code of unknown effect.
	for name, obj := range objs {
		if declared[obj] == nil && involvesArray(obj, isArray) {
			t.Errorf("%s has no contract", name)
		}
	}
	if len(declared) < 150 {
		t.Errorf("only %d gonum functions and methods have contracts", len(declared))
	}

	// Infer each from its body; callees use their contracts.
	models := make(map[*ssa.Function]*alias.Func)
	inflight := make(map[*ssa.Function]bool)
	var infer func(fn *ssa.Function) *alias.Func
	env := &alias.Env{IsArray: isArray}
	env.Summary = func(fn *ssa.Function) *alias.Summary {
		if o := fn.Origin(); o != nil {
			fn = o
		}
		if obj, ok := fn.Object().(*types.Func); ok {
			if s := declared[obj]; s != nil {
				return s
			}
			if s := a.contractSummary(obj); s != nil {
				return s
			}
		}
		if m := infer(fn); m != nil {
			return m.Summary
		}
		return nil
	}
	env.Method = a.contractSummary
	env.Builtin = a.builtinSummary
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

	dump := os.Getenv("VIEWCHECK_DUMP_GONUM") != ""
	var names []string
	for name := range objs {
		names = append(names, name)
	}
	sort.Strings(names)
	compared := 0
	var disagree []string
	for _, name := range names {
		obj := objs[name]
		fn := prog.FuncValue(obj)
		if fn == nil {
			continue
		}
		m := infer(fn)
		want := declared[obj]
		if dump {
			fmt.Printf("%-60s inferred %v declared %v\n", name, summaryOrNil(m), want)
		}
		if m == nil || want == nil {
			continue
		}
		for _, d := range contractDifferences(want, m.Summary) {
			disagree = append(disagree, name+": "+d)
		}
		compared++
	}
	for _, d := range disagree {
		name, _, _ := strings.Cut(d, ": ")
		if _, ok := gonumExceptions[name]; !ok {
			t.Errorf("%s (not a listed exception)", d)
		}
	}
	for name, why := range gonumExceptions {
		found := false
		for _, d := range disagree {
			found = found || strings.HasPrefix(d, name+": ")
		}
		if !found {
			t.Errorf("%s is listed as an exception (%s) but its contract and body now agree: remove it", name, why)
		}
	}
	if compared < 100 {
		t.Errorf("only %d gonum contracts compared with their bodies", compared)
	}
	t.Logf("%d gonum contracts, %d compared with their bodies, %d listed exceptions", len(declared), compared, len(gonumExceptions))
}

// involvesArray reports whether a function of mat has an array receiver,
// parameter or result.
func involvesArray(obj *types.Func, isArray func(types.Type) bool) bool {
	sig := obj.Type().(*types.Signature)
	if r := sig.Recv(); r != nil {
		t := r.Type()
		if _, isPtr := t.(*types.Pointer); !isPtr && !types.IsInterface(t) {
			t = types.NewPointer(t) // a value receiver of an array type
		}
		return isArray(t)
	}
	for _, tup := range []*types.Tuple{sig.Params(), sig.Results()} {
		for i := 0; i < tup.Len(); i++ {
			if isArray(tup.At(i).Type()) {
				return true
			}
		}
	}
	return false
}

func summaryOrNil(m *alias.Func) any {
	if m == nil {
		return "(no body)"
	}
	return m.Summary
}

// contractDifferences lists where an inferred summary contradicts a declared
// one: writes the contract does not declare, declared writes the body never
// makes, and results of another kind or parameter.
func contractDifferences(want, got *alias.Summary) []string {
	var out []string
	if extra := got.Writes &^ want.Writes; extra != 0 {
		out = append(out, fmt.Sprintf("writes parameters %b the contract does not declare", extra))
	}
	if missing := want.Writes &^ got.Writes; missing != 0 {
		out = append(out, fmt.Sprintf("declares writes to parameters %b the body does not make", missing))
	}
	for i, r := range got.Results {
		if i >= len(want.Results) || r.Kind == alias.ResultUnknown || want.Results[i].Kind == alias.ResultUnknown {
			continue
		}
		if !compatible(want.Results[i], r) {
			out = append(out, fmt.Sprintf("result %d declared %v of param %d, body gives %v of param %d",
				i, want.Results[i].Kind, want.Results[i].Param, r.Kind, r.Param))
		}
	}
	return out
}

// gonumObjects returns mat's exported functions and the exported methods
// of its types (interfaces included), by full name.
func gonumObjects(pkg *types.Package) map[string]*types.Func {
	out := packageFuncs(pkg)
	for name, f := range out {
		if !f.Exported() || !exportedRecv(f) {
			delete(out, name)
		}
	}
	return out
}

// exportedRecv reports whether f is a function or a method of an exported
// type.
func exportedRecv(f *types.Func) bool {
	sig := f.Type().(*types.Signature)
	if sig.Recv() == nil {
		return true
	}
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Exported()
	}
	return true // an interface's method: its type was exported to be listed
}

// gonumExceptions lists the gonum functions whose contract and body
// disagree, with the reason the contract is right. The reasons are few:
// they are limits of the model, each stated once.
var gonumExceptions = map[string]string{
	"(*gonum.org/v1/gonum/mat.LQ).SolveVecTo":              reasonOutOfSight,
	"(*gonum.org/v1/gonum/mat.LU).SolveTo":                 reasonOutOfSight,
	"(*gonum.org/v1/gonum/mat.LU).SolveVecTo":              reasonOutOfSight,
	"(*gonum.org/v1/gonum/mat.QR).SolveVecTo":              reasonOutOfSight,
	"(*gonum.org/v1/gonum/mat.Tridiag).MulVecTo":           reasonOutOfSight,
	"(*gonum.org/v1/gonum/mat.Dense).Grow":                 reasonGrow,
	"(*gonum.org/v1/gonum/mat.CDense).Grow":                reasonGrow,
	"(*gonum.org/v1/gonum/mat.BandDense).DiagView":         reasonViewHeader,
	"(*gonum.org/v1/gonum/mat.BandDense).MulVecTo":         reasonOutOfSight,
	"(*gonum.org/v1/gonum/mat.BandDense).SetRawBand":       reasonRebind,
	"(*gonum.org/v1/gonum/mat.CDense).SetRawCMatrix":       reasonRebind,
	"(*gonum.org/v1/gonum/mat.CDense).Slice":               reasonViewHeader,
	"(*gonum.org/v1/gonum/mat.Dense).CloneFrom":            reasonCloneFrom,
	"(*gonum.org/v1/gonum/mat.Dense).ColView":              reasonViewHeader,
	"(*gonum.org/v1/gonum/mat.Dense).DiagView":             reasonViewHeader,
	"(*gonum.org/v1/gonum/mat.Dense).Kronecker":            reasonOutOfSight,
	"(*gonum.org/v1/gonum/mat.Dense).Mul":                  reasonOutOfSight,
	"(*gonum.org/v1/gonum/mat.Dense).PermuteCols":          reasonOutOfSight,
	"(*gonum.org/v1/gonum/mat.Dense).PermuteRows":          reasonOutOfSight,
	"(*gonum.org/v1/gonum/mat.Dense).RowView":              reasonViewHeader,
	"(*gonum.org/v1/gonum/mat.Dense).SetCol":               reasonOutOfSight,
	"(*gonum.org/v1/gonum/mat.Dense).SetRawMatrix":         reasonRebind,
	"(*gonum.org/v1/gonum/mat.Dense).SetRow":               reasonOutOfSight,
	"(*gonum.org/v1/gonum/mat.Dense).Slice":                reasonViewHeader,
	"(*gonum.org/v1/gonum/mat.SymBandDense).DiagView":      reasonViewHeader,
	"(*gonum.org/v1/gonum/mat.SymBandDense).MulVecTo":      reasonOutOfSight,
	"(*gonum.org/v1/gonum/mat.SymBandDense).SetRawSymBand": reasonRebind,
	"(*gonum.org/v1/gonum/mat.SymDense).DiagView":          reasonViewHeader,
	"(*gonum.org/v1/gonum/mat.SymDense).SetRawSymmetric":   reasonRebind,
	"(*gonum.org/v1/gonum/mat.SymDense).SliceSym":          reasonViewHeader,
	"(*gonum.org/v1/gonum/mat.SymDense).SubsetSym":         reasonOutOfSight,
	"(*gonum.org/v1/gonum/mat.TriBandDense).DiagView":      reasonViewHeader,
	"(*gonum.org/v1/gonum/mat.TriBandDense).SetRawTriBand": reasonRebind,
	"(*gonum.org/v1/gonum/mat.TriDense).DiagView":          reasonViewHeader,
	"(*gonum.org/v1/gonum/mat.TriDense).MulTri":            reasonOutOfSight,
	"(*gonum.org/v1/gonum/mat.TriDense).SetRawTriangular":  reasonRebind,
	"(*gonum.org/v1/gonum/mat.TriDense).SliceTri":          reasonViewHeader,
	"(*gonum.org/v1/gonum/mat.VecDense).ColViewOf":         reasonRebind,
	"(*gonum.org/v1/gonum/mat.VecDense).MulVec":            reasonOutOfSight,
	"(*gonum.org/v1/gonum/mat.VecDense).Permute":           reasonOutOfSight,
	"(*gonum.org/v1/gonum/mat.VecDense).RowViewOf":         reasonRebind,
	"(*gonum.org/v1/gonum/mat.VecDense).SetRawVector":      reasonRebind,
	"(*gonum.org/v1/gonum/mat.VecDense).SliceVec":          reasonViewHeader,
	"(*gonum.org/v1/gonum/mat.VecDense).SolveVec":          reasonOutOfSight,
	"gonum.org/v1/gonum/mat.Col":                           reasonDstOrNew,
	"gonum.org/v1/gonum/mat.NewBandDense":                  reasonNewHeader,
	"gonum.org/v1/gonum/mat.NewCDense":                     reasonNewHeader,
	"gonum.org/v1/gonum/mat.NewDense":                      reasonNewHeader,
	"gonum.org/v1/gonum/mat.NewDiagDense":                  reasonNewHeader,
	"gonum.org/v1/gonum/mat.NewSymBandDense":               reasonNewHeader,
	"gonum.org/v1/gonum/mat.NewSymDense":                   reasonNewHeader,
	"gonum.org/v1/gonum/mat.NewTriBandDense":               reasonNewHeader,
	"gonum.org/v1/gonum/mat.NewTriDense":                   reasonNewHeader,
	"gonum.org/v1/gonum/mat.NewVecDense":                   reasonNewHeader,
	"gonum.org/v1/gonum/mat.Row":                           reasonDstOrNew,
}

const (
	reasonViewHeader = "the view is a new header struct (&Dense{mat: ...}) whose Data field is a subslice of the receiver's: " +
		"the model follows the struct, which is new memory, not the slice stored in it"
	reasonNewHeader = "the constructor wraps data in a new header struct: a view of data when it is non-nil (gonum's doc: " +
		"\"the data slice is used as the backing slice\"), new memory when it is nil; the model sees only the struct literal"
	reasonRebind = "the receiver's header is replaced by one over the argument's data (the receiver becomes a view of it): " +
		"the header is written, not the old elements; views taken of the receiver before no longer see it"
	reasonCloneFrom = "CloneFrom gives the receiver new backing memory holding a copy: the old elements are not written, " +
		"but views taken of the receiver before no longer see it"
	reasonOutOfSight = "the elements are written inside blas64/lapack64 calls or through a header the body rebuilds, " +
		"which the test's model of mat alone does not follow"
	reasonGrow = "Grow zeroes the part of the backing array past the receiver's view that the grown result covers: " +
		"the result, a view while capacity lasts, carries that; declared as a write of the receiver it would " +
		"make every v = v.Grow(...) a finding"
	reasonDstOrNew = "dst is replaced by new memory when it is nil; the model merges the two and does not attribute " +
		"the writes to the parameter"
)
