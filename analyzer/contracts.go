package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
	"github.com/viewcheck/viewcheck/analyzer/internal/contract"
	"github.com/viewcheck/viewcheck/analyzer/internal/directive"
)

// A library states its aliasing contract in one of two ways: //viewcheck:
// directives in its source (ndarray does), or lines in a contracts file
// keyed by full names, for code nobody here can annotate (the standard
// library, gonum, a user's third-party packages). Both become the same
// alias.Summary; a contract overrides what a body would let the model infer.

// contracts is what the contracts and directives that apply to a package
// say: which types are arrays, and the summaries of the functions they
// describe.
type contracts struct {
	pass *analysis.Pass // nil in a test of contracts alone
	set  *contract.Set
	// declared holds the summaries this package's //viewcheck:
	// directives declare; arrayTypes the types they declare arrays.
	declared   map[*types.Func]*alias.Summary
	arrayTypes map[*types.TypeName]bool
	// fromContract and fromBuiltin cache the summaries contracts give;
	// errs collects contracts that do not fit what they name.
	fromContract map[*types.Func]*alias.Summary
	fromBuiltin  map[string]*alias.Summary
	// arrayByName caches which type names a contract declares arrays.
	arrayByName map[*types.TypeName]bool
	errs        []error
}

// loadContracts reads the contracts that apply to this package: the
// built-in sets, the file at the root of the package's module, and the
// files named by -contracts, later ones overriding earlier ones.
func loadContracts(pass *analysis.Pass) (*contracts, error) {
	builtin, err := contract.Builtin()
	if err != nil {
		return nil, err
	}
	sets := []*contract.Set{builtin}
	if len(pass.Files) > 0 {
		if file := pass.Fset.File(pass.Files[0].Pos()); file != nil {
			if root := contract.ForDir(filepath.Dir(file.Name())); root != "" {
				s, err := contract.ReadFile(root)
				if err != nil {
					return nil, err
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
			return nil, err
		}
		sets = append(sets, s)
	}
	cs := &contracts{pass: pass, declared: make(map[*types.Func]*alias.Summary)}
	if len(sets) == 1 {
		cs.set = builtin
	} else {
		cs.set = contract.Merge(sets...)
	}
	return cs, nil
}

// contractSummary returns the summary a contract gives obj (a function or
// method, an interface's method included), or nil when none does. A
// contract that does not fit obj (a parameter name it lacks) is an error
// of its file, reported once the package is done.
func (cs *contracts) contractSummary(obj *types.Func) *alias.Summary {
	if s, ok := cs.fromContract[obj]; ok {
		return s
	}
	var sum *alias.Summary
	if e := cs.set.Lookup(obj.FullName()); e != nil {
		sig := obj.Type().(*types.Signature)
		params := signatureParams(sig)
		s, err := declaredSummary(obj.FullName(), params, sig.Recv() != nil, sig.Results(), e.Words, cs.isArrayType)
		if err != nil {
			cs.errs = append(cs.errs, fmt.Errorf("%s: %v", e.Where(), err))
		} else {
			sum = s
		}
	}
	if cs.fromContract == nil {
		cs.fromContract = make(map[*types.Func]*alias.Summary)
	}
	cs.fromContract[obj] = sum
	return sum
}

// builtinSummary returns the summary a contract gives a builtin (append,
// copy, clear), or nil.
func (cs *contracts) builtinSummary(name string) *alias.Summary {
	e := cs.set.Lookup(name)
	if e == nil {
		return nil
	}
	if s, ok := cs.fromBuiltin[name]; ok {
		return s
	}
	// One result that shares memory, whatever the element type.
	results := types.NewTuple(types.NewParam(token.NoPos, nil, "", types.NewSlice(types.Typ[types.Byte])))
	s, err := declaredSummary(name, contract.BuiltinParams(name), false, results, e.Words, cs.isArrayType)
	if err != nil {
		cs.errs = append(cs.errs, fmt.Errorf("%s: %v", e.Where(), err))
	}
	if cs.fromBuiltin == nil {
		cs.fromBuiltin = make(map[string]*alias.Summary)
	}
	cs.fromBuiltin[name] = s
	return s
}

// statedSummary returns the summary stated for a function rather than
// inferred: declared by directives or a contract, or imported as a fact.
func (cs *contracts) statedSummary(obj *types.Func) *alias.Summary {
	if s, ok := cs.declared[obj]; ok {
		return s
	}
	if s := cs.contractSummary(obj); s != nil {
		return s
	}
	if obj.Pkg() != cs.pass.Pkg {
		s := new(alias.Summary)
		if cs.pass.ImportObjectFact(obj, s) {
			return s
		}
	}
	return nil
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

// involve reports whether the package, or one it imports, declares array
// types by contract.
func (cs *contracts) involve() bool {
	pkgs := cs.set.ArrayPackages()
	if pkgs[cs.pass.Pkg.Path()] {
		return true
	}
	for _, imp := range cs.pass.Pkg.Imports() {
		if pkgs[imp.Path()] {
			return true
		}
	}
	return false
}

// readDirectives turns the package's //viewcheck: directives into facts and
// reports malformed ones. It reports whether the package has any.
func (c *checker) readDirectives() bool {
	any := false
	var files []*ast.File
	for _, f := range c.pass.Files {
		if directive.HasAny(f) {
			files = append(files, f)
			any = true
		}
	}
	// Array types first: function summaries depend on them.
	for _, f := range files {
		for _, decl := range f.Decls {
			if d, ok := decl.(*ast.GenDecl); ok {
				c.readTypeDirectives(d)
			}
		}
	}
	for _, f := range files {
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				ds, err := directive.Parse(d.Doc)
				if err != nil {
					c.directiveError(d.Pos(), err)
					continue
				}
				if len(ds) == 0 {
					continue
				}
				obj, _ := c.pass.TypesInfo.Defs[d.Name].(*types.Func)
				if obj == nil {
					continue
				}
				sum, err := directiveSummary(obj, d, ds, c.isArray)
				if err != nil {
					c.directiveError(d.Pos(), err)
					continue
				}
				c.contracts.declared[obj] = sum
			}
		}
	}
	for obj, sum := range c.contracts.declared {
		c.pass.ExportObjectFact(obj, sum)
	}
	return any
}

// readTypeDirectives records the types a declaration marks as arrays.
func (c *checker) readTypeDirectives(d *ast.GenDecl) {
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
			c.directiveError(ts.Pos(), err)
			continue
		}
		for _, dir := range ds {
			if dir.Kind != directive.Array {
				continue
			}
			if tn, ok := c.pass.TypesInfo.Defs[ts.Name].(*types.TypeName); ok {
				if c.contracts.arrayTypes == nil {
					c.contracts.arrayTypes = make(map[*types.TypeName]bool)
				}
				c.contracts.arrayTypes[tn] = true
				c.pass.ExportObjectFact(tn, new(alias.ArrayType))
			}
		}
	}
}

// isArrayType reports whether t is an array type: a pointer to a type
// declared an array (by a directive or a contract), or an interface type a
// contract declares an array (gonum's Matrix: its dynamic values are).
func (cs *contracts) isArrayType(t types.Type) bool {
	tn, iface := arrayTypeName(t)
	if tn == nil {
		return false
	}
	if cs.contractArray(tn) {
		return true
	}
	if iface || cs.pass == nil {
		return false // only contracts make interfaces arrays; no pass: a test of contracts alone
	}
	if tn.Pkg() == cs.pass.Pkg {
		return cs.arrayTypes[tn]
	}
	return cs.pass.ImportObjectFact(tn, new(alias.ArrayType))
}

// isContractArray reports whether a contract declares t an array type.
func (cs *contracts) isContractArray(t types.Type) bool {
	tn, _ := arrayTypeName(t)
	return tn != nil && cs.contractArray(tn)
}

// contractArray answers, once per type name, whether a contract declares
// it an array: isArrayType is asked about every value the model meets.
func (cs *contracts) contractArray(tn *types.TypeName) bool {
	if cs.set.Len() == 0 || tn.Pkg() == nil {
		return false
	}
	if v, ok := cs.arrayByName[tn]; ok {
		return v
	}
	if cs.arrayByName == nil {
		cs.arrayByName = make(map[*types.TypeName]bool)
	}
	v := cs.set.IsArray(tn.Pkg().Path() + "." + tn.Name())
	cs.arrayByName[tn] = v
	return v
}

// arrayTypeName returns the type name that may make t an array type: the
// named type a pointer points to, or a named interface type (iface).
func arrayTypeName(t types.Type) (tn *types.TypeName, iface bool) {
	if named, ok := types.Unalias(t).(*types.Named); ok && types.IsInterface(named) {
		return named.Origin().Obj(), true
	}
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return nil, false
	}
	named, ok := types.Unalias(p.Elem()).(*types.Named)
	if !ok {
		return nil, false
	}
	return named.Origin().Obj(), false
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
	// bits turns parameter names into a bit set (parameters past 63 are
	// not recorded, as elsewhere in summaries).
	bits := func(names []string) (uint64, error) {
		var b uint64
		for _, n := range names {
			i, err := index(n)
			if err != nil {
				return 0, err
			}
			if i < 64 {
				b |= 1 << uint(i)
			}
		}
		return b, nil
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
			target, err := index(d.Args[1])
			if err != nil {
				return nil, err
			}
			with, err := bits(d.Args[2:])
			if err != nil {
				return nil, err
			}
			sum.NoOverlap = &alias.NoOverlap{Target: target, With: with, Panics: d.Args[0] == "panics"}
		case directive.Resets:
			b, err := bits([]string{arg})
			if err != nil {
				return nil, err
			}
			sum.Resets |= b
		case directive.Axes:
			axes, err := resultAxes(d.Args, index)
			if err != nil {
				return nil, err
			}
			res.Axes = axes
		case directive.Keeps:
			b, err := bits(d.Args)
			if err != nil {
				return nil, err
			}
			sum.Stores |= b
		case directive.Borrowed:
			into, until := d.Borrow()
			sum.Until = until
			if into == "" {
				res.Kind, res.Param, res.Borrowed = alias.ResultView, 0, true
				continue
			}
			b, err := bits([]string{into})
			if err != nil {
				return nil, err
			}
			sum.BorrowsInto |= b
		case directive.Meta:
			sum.Meta = true
		case directive.IndexDir:
			sum.Index = d.Args[0]
		case directive.Layout:
			strided = d.Args[0] == "strided"
			res.AnyLayout = d.Args[0] == "any"
		case directive.Writes:
			b, err := bits(d.Args)
			if err != nil {
				return nil, err
			}
			sum.Writes |= b
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
