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
	"slices"

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
	env          *alias.Env

	models   map[*ssa.Function]*alias.Func
	inflight map[*ssa.Function]bool
	// stack lists the functions in flight, outermost first.
	stack []*ssa.Function
	// recursive marks functions that called themselves while being
	// analyzed; partial holds their summary so far.
	recursive map[*ssa.Function]bool
	partial   map[*ssa.Function]*alias.Summary
	// unsettled marks functions whose analysis used the provisional
	// summary of a caller still in flight (mutual recursion): their
	// models go to tentative, which is emptied whenever such a summary
	// changes, and are made again once that caller is done.
	unsettled map[*ssa.Function]*ssa.Function // to the caller it waits for
	tentative map[*ssa.Function]tentativeModel
	// reanalyses counts the models made and dropped per function, to
	// bound the work on large recursive cycles.
	reanalyses map[*ssa.Function]int
	ordered    []*alias.Func
	srcFuncs   []*ssa.Function
	reported   map[string]bool
	contents   map[string][]byte
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
	a.models = make(map[*ssa.Function]*alias.Func)
	a.inflight = make(map[*ssa.Function]bool)
	a.partial = make(map[*ssa.Function]*alias.Summary)
	a.unsettled = make(map[*ssa.Function]*ssa.Function)
	a.tentative = make(map[*ssa.Function]tentativeModel)
	a.reanalyses = make(map[*ssa.Function]int)
	a.env = &alias.Env{
		IsArray: a.isArrayType,
		Summary: a.summaryOf,
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
	}
	a.srcFuncs = funcs
	for _, fn := range funcs {
		a.model(fn)
	}
}

// model returns fn's model, analyzing it (and, first, its callees in this
// package) once.
func (a *analysis_) model(fn *ssa.Function) (m *alias.Func) {
	if m, ok := a.models[fn]; ok {
		return m
	}
	if t, ok := a.tentative[fn]; ok {
		// Whoever uses a tentative model is tentative too.
		a.unsettle(t.waitsFor)
		return t.m
	}
	if a.inflight[fn] {
		return nil // recursion: see summaryOf
	}
	// A function literal called while its parent is still being
	// analyzed gets a provisional model (no free variables) that is not
	// kept: the real one is made once the parent's is done.
	provisional := fn.Parent() != nil && a.inflight[fn.Parent()]
	a.inflight[fn] = true
	a.stack = append(a.stack, fn)
	defer func() {
		delete(a.inflight, fn)
		a.stack = a.stack[:len(a.stack)-1]
		if r := recover(); r != nil {
			debugf("%s: internal error, function skipped: %v\n%s", fn, r, debug.Stack())
			m = nil
		}
		if root := a.unsettled[fn]; root != nil {
			delete(a.unsettled, fn)
			a.reanalyses[fn]++
			if a.reanalyses[fn] <= maxReanalyses {
				a.tentative[fn] = tentativeModel{m, root}
				return
			}
			debugf("%s: recursive cycle too deep, keeping an approximate summary", fn)
		}
		if provisional {
			return
		}
		if m != nil {
			m.Summary.Settle()
		}
		a.models[fn] = m
		if m != nil {
			a.ordered = append(a.ordered, m)
		}
	}()
	var free []*alias.Prov
	if parent := fn.Parent(); parent != nil {
		if pm := a.model(parent); pm != nil {
			free = pm.Closures[fn]
		}
	}
	m = alias.Analyze(fn, a.env, free)
	// A recursive function saw an optimistic summary of itself; analyze
	// it again with the summary it found until that is stable.
	for i := 0; i < maxRounds && a.recursive[fn]; i++ {
		delete(a.recursive, fn)
		a.partial[fn] = m.Summary
		clear(a.tentative)
		next := alias.Analyze(fn, a.env, free)
		stable := next.Summary.String() == m.Summary.String()
		m = next
		if stable {
			break
		}
	}
	if _, ok := a.partial[fn]; ok {
		// Partners analyzed against fn's provisional summaries start
		// over with the final one.
		delete(a.partial, fn)
		clear(a.tentative)
	}
	return m
}

// maxRounds bounds how often a recursive function is analyzed again with
// the summary of its previous round; summaries only grow, by a parameter or
// a result at a time, so a function rotating its parameters needs a round
// per parameter.
const maxRounds = 16

// maxReanalyses bounds how often a function in a recursive cycle is
// analyzed again for a caller whose summary was still changing.
const maxReanalyses = 32

// A tentativeModel was made against the provisional summary of waitsFor,
// a caller still in flight.
type tentativeModel struct {
	m        *alias.Func
	waitsFor *ssa.Function
}

// unsettle marks the functions in flight above root (called, directly or
// not, while root was being analyzed) as depending on root's provisional
// summary. A function already waiting for a root further down keeps it:
// it settles only when that one does.
func (a *analysis_) unsettle(root *ssa.Function) {
	at := slices.Index(a.stack, root)
	if at < 0 {
		return
	}
	for _, fn := range a.stack[at+1:] {
		if old := a.unsettled[fn]; old == nil || slices.Index(a.stack, old) > at {
			a.unsettled[fn] = root
		}
	}
}

// summaryOf returns a callee's summary: declared by directives, imported as
// a fact, or inferred from its body in this package.
func (a *analysis_) summaryOf(fn *ssa.Function) *alias.Summary {
	if orig := fn.Origin(); orig != nil {
		fn = orig
	}
	obj, _ := fn.Object().(*types.Func)
	if obj == nil {
		if fn.Parent() != nil && fn.Pkg != nil && fn.Pkg.Pkg == a.pass.Pkg {
			// A function literal of this package, called directly.
			if m := a.model(fn); m != nil {
				return m.Summary
			}
		}
		return nil
	}
	obj = obj.Origin()
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
		return nil
	}
	if fn.Synthetic != "" {
		// A wrapper (bound method, promoted method): use the method's
		// own function.
		if real := a.pass.Pkg.Scope(); real != nil {
			for _, src := range a.srcFuncs {
				if src.Object() == obj {
					fn = src
					break
				}
			}
		}
	}
	if a.inflight[fn] {
		if a.recursive == nil {
			a.recursive = make(map[*ssa.Function]bool)
		}
		a.recursive[fn] = true
		// The functions called since fn (its partners in a cycle) see
		// a summary of fn that may still change.
		a.unsettle(fn)
		if s := a.partial[fn]; s != nil {
			return s
		}
		return alias.Pending(fn.Signature.Results().Len())
	}
	if m := a.model(fn); m != nil {
		return m.Summary
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
