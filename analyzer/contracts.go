package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
	"github.com/viewcheck/viewcheck/analyzer/internal/contract"
	"github.com/viewcheck/viewcheck/analyzer/internal/directive"
)

// A library states its aliasing contract in one of two ways: //viewcheck:
// directives in its source (ndarray does), or lines in a contracts file
// keyed by full names, for code nobody here can annotate (the standard
// library, gonum, a user's third-party packages). Both become the same
// alias.Summary; a contract overrides what a body would let the model infer.

// loadContracts reads the contracts that apply to this package: the
// built-in sets, the file at the root of the package's module, and the
// files named by -contracts, later ones overriding earlier ones.
func (a *analysis_) loadContracts() error {
	builtin, err := contract.Builtin()
	if err != nil {
		return err
	}
	sets := []*contract.Set{builtin}
	if len(a.pass.Files) > 0 {
		if file := a.pass.Fset.File(a.pass.Files[0].Pos()); file != nil {
			if root := contract.ForDir(filepath.Dir(file.Name())); root != "" {
				s, err := contract.ReadFile(root)
				if err != nil {
					return err
				}
				sets = append(sets, s)
			}
		}
	}
	for _, f := range strings.Split(contractsFlag, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		s, err := contract.ReadFile(f)
		if err != nil {
			return err
		}
		sets = append(sets, s)
	}
	if len(sets) == 1 {
		a.contracts = builtin
	} else {
		a.contracts = contract.Merge(sets...)
	}
	return nil
}

// contractSummary returns the summary a contract gives obj (a function or
// method, an interface's method included), or nil when none does. A
// contract that does not fit obj (a parameter name it lacks) is an error
// of its file, reported once the package is done.
func (a *analysis_) contractSummary(obj *types.Func) *alias.Summary {
	if s, ok := a.fromContract[obj]; ok {
		return s
	}
	var sum *alias.Summary
	if e := a.contracts.Lookup(obj.FullName()); e != nil {
		sig := obj.Type().(*types.Signature)
		params := signatureParams(sig)
		s, err := declaredSummary(obj.FullName(), params, sig.Recv() != nil, sig.Results(), e.Words, a.isArrayType)
		if err != nil {
			a.contractErrs = append(a.contractErrs, fmt.Errorf("%s: %v", e.Where(), err))
		} else {
			sum = s
		}
	}
	if a.fromContract == nil {
		a.fromContract = make(map[*types.Func]*alias.Summary)
	}
	a.fromContract[obj] = sum
	return sum
}

// builtinSummary returns the summary a contract gives a builtin (append,
// copy, clear), or nil.
func (a *analysis_) builtinSummary(name string) *alias.Summary {
	e := a.contracts.Lookup(name)
	if e == nil {
		return nil
	}
	if s, ok := a.fromBuiltin[name]; ok {
		return s
	}
	// One result that shares memory, whatever the element type.
	results := types.NewTuple(types.NewParam(token.NoPos, nil, "", types.NewSlice(types.Typ[types.Byte])))
	s, err := declaredSummary(name, contract.BuiltinParams(name), false, results, e.Words, a.isArrayType)
	if err != nil {
		a.contractErrs = append(a.contractErrs, fmt.Errorf("%s: %v", e.Where(), err))
	}
	if a.fromBuiltin == nil {
		a.fromBuiltin = make(map[string]*alias.Summary)
	}
	a.fromBuiltin[name] = s
	return s
}

// signatureParams names a signature's parameters as numbered in
// ssa.Function.Params: the receiver first.
func signatureParams(sig *types.Signature) []string {
	var out []string
	if r := sig.Recv(); r != nil {
		out = append(out, r.Name())
	}
	for i := 0; i < sig.Params().Len(); i++ {
		out = append(out, sig.Params().At(i).Name())
	}
	return out
}

// contractsInvolve reports whether the package, or one it imports,
// declares array types by contract.
func (a *analysis_) contractsInvolve() bool {
	pkgs := a.contracts.ArrayPackages()
	if pkgs[a.pass.Pkg.Path()] {
		return true
	}
	for _, imp := range a.pass.Pkg.Imports() {
		if pkgs[imp.Path()] {
			return true
		}
	}
	return false
}

// readDirectives turns the package's //viewcheck: directives into facts and
// reports malformed ones. It reports whether the package has any.
func (a *analysis_) readDirectives() bool {
	any := false
	var files []*ast.File
	for _, f := range a.pass.Files {
		if directive.HasAny(f) {
			files = append(files, f)
			any = true
		}
	}
	// Array types first: function summaries depend on them.
	for _, f := range files {
		for _, decl := range f.Decls {
			if d, ok := decl.(*ast.GenDecl); ok {
				a.readTypeDirectives(d)
			}
		}
	}
	for _, f := range files {
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				ds, err := directive.Parse(d.Doc)
				if err != nil {
					a.directiveError(d.Pos(), err)
					continue
				}
				if len(ds) == 0 {
					continue
				}
				obj, _ := a.pass.TypesInfo.Defs[d.Name].(*types.Func)
				if obj == nil {
					continue
				}
				sum, err := directiveSummary(obj, d, ds, a.isArrayType)
				if err != nil {
					a.directiveError(d.Pos(), err)
					continue
				}
				a.declared[obj] = sum
			}
		}
	}
	for obj, sum := range a.declared {
		a.pass.ExportObjectFact(obj, sum)
	}
	return any
}

// directiveError reports a malformed //viewcheck: directive. It shares
// VC1000 with malformed suppressions: both are mistakes in comments that
// steer the analyzer.
func (a *analysis_) directiveError(pos token.Pos, err error) {
	a.report(finding{check: BadDirective, pos: pos, msg: "malformed directive: " + err.Error()})
}

// readTypeDirectives records the types a declaration marks as arrays.
func (a *analysis_) readTypeDirectives(d *ast.GenDecl) {
	for _, spec := range d.Specs {
		ts, ok := spec.(*ast.TypeSpec)
		if !ok {
			continue
		}
		doc := ts.Doc
		if doc == nil && len(d.Specs) == 1 {
			doc = d.Doc
		}
		ds, err := directive.Parse(doc)
		if err != nil {
			a.directiveError(ts.Pos(), err)
			continue
		}
		for _, dir := range ds {
			if dir.Kind != directive.Array {
				continue
			}
			if tn, ok := a.pass.TypesInfo.Defs[ts.Name].(*types.TypeName); ok {
				if a.arrayTypes == nil {
					a.arrayTypes = make(map[*types.TypeName]bool)
				}
				a.arrayTypes[tn] = true
				a.pass.ExportObjectFact(tn, new(alias.ArrayType))
			}
		}
	}
}

// isArrayType reports whether t is an array type: a pointer to a type
// declared an array (by a directive or a contract), or an interface type a
// contract declares an array (gonum's Matrix: its dynamic values are).
func (a *analysis_) isArrayType(t types.Type) bool {
	if a.isContractArray(t) {
		return true
	}
	if a.pass == nil {
		return false // contracts alone (a test of them)
	}
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := types.Unalias(p.Elem()).(*types.Named)
	if !ok {
		return false
	}
	tn := named.Origin().Obj()
	if tn.Pkg() == nil {
		return false
	}
	if tn.Pkg() == a.pass.Pkg {
		return a.arrayTypes[tn]
	}
	return a.pass.ImportObjectFact(tn, new(alias.ArrayType))
}

// isContractArray reports whether a contract declares t an array type: a
// pointer to a named type, or a named interface type.
func (a *analysis_) isContractArray(t types.Type) bool {
	if a.contracts.Len() == 0 {
		return false
	}
	if named, ok := types.Unalias(t).(*types.Named); ok && types.IsInterface(named) {
		tn := named.Origin().Obj()
		return tn.Pkg() != nil && a.contracts.IsArray(tn.Pkg().Path()+"."+tn.Name())
	}
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := types.Unalias(p.Elem()).(*types.Named)
	if !ok {
		return false
	}
	tn := named.Origin().Obj()
	return tn.Pkg() != nil && a.contracts.IsArray(tn.Pkg().Path()+"."+tn.Name())
}

// directiveSummary builds the summary a function's //viewcheck: directives
// declare.
func directiveSummary(obj *types.Func, decl *ast.FuncDecl, ds []directive.Directive, isArray func(types.Type) bool) (*alias.Summary, error) {
	sig := obj.Type().(*types.Signature)
	return declaredSummary(obj.Name(), paramNames(decl), sig.Recv() != nil, sig.Results(), ds, isArray)
}

// declaredSummary builds the summary a function's directives declare.
//
// params names the parameters as numbered in ssa.Function.Params (the
// receiver first); a contract may also call the receiver recv. results
// holds the result types.
func declaredSummary(name string, params []string, hasRecv bool, results *types.Tuple, ds []directive.Directive, isArray func(types.Type) bool) (*alias.Summary, error) {
	index := func(arg string) (int, error) {
		if arg == "" {
			return 0, nil
		}
		if arg == "recv" && hasRecv {
			return 0, nil
		}
		for i, p := range params {
			if p == arg {
				return i, nil
			}
		}
		return 0, fmt.Errorf("%q is not a parameter of %s (its parameters: %s)", arg, name, strings.Join(params, ", "))
	}
	sum := &alias.Summary{Declared: true, Results: make([]alias.Result, results.Len())}
	var res alias.Result
	strided := false
	for _, d := range ds {
		arg := ""
		if len(d.Args) > 0 {
			arg = d.Args[0]
		}
		switch d.Kind {
		case directive.Fresh:
			res.Kind = alias.ResultFresh
		case directive.BaseDir:
			i, err := index(arg)
			if err != nil {
				return nil, err
			}
			res.Param, res.Kind, res.Whole = i, alias.ResultView, true
		case directive.Copy, directive.View, directive.ReadOnly, directive.MayView, directive.CapView:
			i, err := index(arg)
			if err != nil {
				return nil, err
			}
			res.Param = i
			res.Kind = map[string]alias.ResultKind{
				directive.Copy: alias.ResultCopy, directive.View: alias.ResultView,
				directive.ReadOnly: alias.ResultReadOnly, directive.MayView: alias.ResultMayView,
				directive.CapView: alias.ResultMayView,
			}[d.Kind]
			res.Capacity = d.Kind == directive.CapView
		case directive.Overlap:
			rule := &alias.NoOverlap{Panics: d.Args[0] == "panics"}
			for k, name := range d.Args[1:] {
				i, err := index(name)
				if err != nil {
					return nil, err
				}
				switch {
				case k == 0:
					rule.Target = i
				case i < 64:
					rule.With |= 1 << uint(i)
				}
			}
			sum.NoOverlap = rule
		case directive.Resets:
			i, err := index(arg)
			if err != nil {
				return nil, err
			}
			if i < 64 {
				sum.Resets |= 1 << uint(i)
			}
		case directive.Axes:
			axes, err := resultAxes(d.Args, index)
			if err != nil {
				return nil, err
			}
			res.Axes = axes
		case directive.Keeps:
			for _, name := range d.Args {
				i, err := index(name)
				if err != nil {
					return nil, err
				}
				if i < 64 {
					sum.Stores |= 1 << uint(i)
				}
			}
		case directive.Borrowed:
			into, until := d.Borrow()
			sum.Until = until
			if into == "" {
				res.Kind, res.Param, res.Borrowed = alias.ResultView, 0, true
				continue
			}
			i, err := index(into)
			if err != nil {
				return nil, err
			}
			if i < 64 {
				sum.BorrowsInto |= 1 << uint(i)
			}
		case directive.Meta:
			sum.Meta = true
		case directive.IndexDir:
			sum.Index = d.Args[0]
		case directive.Layout:
			strided = d.Args[0] == "strided"
			res.AnyLayout = d.Args[0] == "any"
		case directive.Writes:
			for _, name := range d.Args {
				i, err := index(name)
				if err != nil {
					return nil, err
				}
				if i < 64 {
					sum.Writes |= 1 << uint(i)
				}
			}
		}
	}
	res.Strided = strided
	if strided && !returnsArray(results, isArray) {
		sum.StridedIndex = true
	}
	for i := range sum.Results {
		t := results.At(i).Type()
		if isArray(t) || res.Kind != alias.ResultUnknown && sharesMemory(t) {
			sum.Results[i] = res
		}
	}
	return sum, nil
}

// resultAxes turns the words of an axes directive into selections in terms
// of the function's parameters.
func resultAxes(args []string, index func(string) (int, error)) ([]alias.ResultSel, error) {
	bound := func(w string) (alias.Bound, error) {
		if n, err := strconv.Atoi(w); err == nil {
			return alias.Bound{Kind: alias.BoundConst, Value: int64(n)}, nil
		}
		i, err := index(w)
		return alias.Bound{Kind: alias.BoundParam, Value: int64(i)}, err
	}
	axes := make([]alias.ResultSel, len(args))
	for k, a := range args {
		if a == ":" {
			continue // SelAll
		}
		lo, hi, isRange := strings.Cut(a, ":")
		l, err := bound(lo)
		if err != nil {
			return nil, err
		}
		if !isRange {
			axes[k] = alias.ResultSel{Kind: alias.SelInt, Lo: l}
			continue
		}
		h, err := bound(hi)
		if err != nil {
			return nil, err
		}
		axes[k] = alias.ResultSel{Kind: alias.SelRange, Lo: l, Hi: h, Step: 1}
	}
	return axes, nil
}

// sharesMemory reports whether a value of type t can share memory with
// another: a Go slice, or a slice of them (bytes.Split's [][]byte).
func sharesMemory(t types.Type) bool {
	if st, ok := t.Underlying().(*types.Struct); ok {
		// A header holding a slice (gonum's blas64.General).
		for i := 0; i < st.NumFields(); i++ {
			if _, isSlice := st.Field(i).Type().Underlying().(*types.Slice); isSlice && sharesMemory(st.Field(i).Type()) {
				return true
			}
		}
		return false
	}
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	_, inner := s.Elem().Underlying().(*types.Slice)
	return inner || basicElem(s.Elem())
}

func basicElem(t types.Type) bool {
	if _, ok := types.Unalias(t).(*types.TypeParam); ok {
		return true // ndarray's []T
	}
	switch t.Underlying().(type) {
	case *types.Basic, *types.Struct, *types.Array:
		return true
	}
	return false
}

func returnsArray(results *types.Tuple, isArray func(types.Type) bool) bool {
	for i := 0; i < results.Len(); i++ {
		if isArray(results.At(i).Type()) {
			return true
		}
	}
	return false
}

// paramNames lists a function's parameters as numbered in ssa.Function.Params.
func paramNames(decl *ast.FuncDecl) []string {
	var names []string
	add := func(fl *ast.FieldList) {
		if fl == nil {
			return
		}
		for _, f := range fl.List {
			if len(f.Names) == 0 {
				names = append(names, "")
			}
			for _, n := range f.Names {
				names = append(names, n.Name)
			}
		}
	}
	add(decl.Recv)
	add(decl.Type.Params)
	return names
}
