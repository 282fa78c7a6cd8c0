package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
)

// ArgReorder is the ID of check VC1010, arg-reorder.
const ArgReorder = "VC1010"

func init() {
	register(argReorder, hooks{syntax: (*checker).checkArgReorders})
}

// argReorder is VC1010's entry in Checks.
var argReorder = &Check{
	ID: ArgReorder, Name: "arg-reorder", Since: "0.2.0", Default: true, Slices: []string{"D"},
	Title: "A function sorts or rewrites its caller's slice in place while it looks like a query",
	Text: `A slice parameter shares its backing array with the caller's slice. VC1010 reports a function that hands
its slice parameter, unchanged, to a call that reorders or rewrites the whole slice in place
(` + "`sort.Strings`, `sort.Slice`, `slices.Sort`, `slices.Reverse`, `slices.Delete`, `slices.Compact`" + `, or a helper of yours that does,
in this package or another; also converted to a sortable slice type, ` + "`sort.Sort(byName(xs))`" + `) when the caller cannot expect it: the parameter is variadic (` + "`f(xs...)`" + ` passes the
caller's own slice, not a copy), or the function returns a result that is not the slice itself, so that it reads as
a query (` + "`median(xs)`" + ` that sorts ` + "`xs`" + `).

Why it matters: the caller's data changes order behind its back (TheThingsIndustries/protoc-gen-fieldmask#15,
honeycombio/refinery#1827, samber/lo#160); code that pairs it with another slice by index, or prints it, is then wrong.

Not reported: functions that return nothing, which exist to change their argument (` + "`func sortByName(xs []T)`" + `);
functions that return the slice (or a slice of it) they sorted, whose callers see the result; a parameter copied first
(` + "`xs = slices.Clone(xs)`" + `, any assignment to it); sorting a copy; writes of single elements (an output
parameter filled in place); a slice handed to a function value or an interface method, whose effect is unknown (a
numerical-gradient helper whose user function changes its scratch point, gonum commit 85a23c46). Which calls reorder is read from the contracts: the word ` + "`writes p`" + ` on the
standard library's in-place functions (docs/contracts.md).`,
	Before: `func median(xs []float64) float64 {
	sort.Float64s(xs) // VC1010: reorders the caller's slice
	return xs[len(xs)/2]
}`,
	After: `func median(xs []float64) float64 {
	xs = append(xs[:0:0], xs...)
	sort.Float64s(xs)
	return xs[len(xs)/2]
}`,
	Fix: "Copy the parameter first: the suggested fix inserts `xs = append(xs[:0:0], xs...)` as the function's first statement. If reordering the caller's slice is the point, return nothing (or the slice) and say so in the doc comment.",
}

// A reorderSite is where a function reorders one of its slice parameters.
type reorderSite struct {
	call   *ast.CallExpr
	via    string // the callee, as written
	callee *types.Func
	arg    int // the callee's parameter the slice is passed as
	param  *types.Var
	index  int // in ssa.Function.Params numbering
}

// checkArgReorders finds, in every function of the package, the slice
// parameters it reorders in place (directly, or through a helper that
// does, as its facts say), exports that as a fact, and reports VC1010.
func (c *checker) checkArgReorders() {
	info := c.pass.TypesInfo
	type fn struct {
		decl     *ast.FuncDecl
		obj      *types.Func
		params   map[*types.Var]int
		passes   []reorderSite // calls handing a slice parameter on
		sites    []reorderSite // those whose callee reorders it
		bits     uint64
		reported uint64
	}
	var fns []*fn
	byObj := make(map[*types.Func]*fn)
	for _, fd := range c.funcDecls() {
		decl, obj := fd.decl, fd.obj
		f := &fn{decl: decl, obj: obj, params: sliceParams(info, decl)}
		if len(f.params) == 0 {
			continue
		}
		if f.passes = c.passSites(decl, f.params); len(f.passes) == 0 {
			continue
		}
		fns = append(fns, f)
		byObj[obj] = f
	}
	// reorders says which arguments a callee reorders: by contract, by an
	// imported fact, or by what this package has found so far.
	reorders := func(callee *types.Func) uint64 {
		callee = callee.Origin()
		if f := byObj[callee]; f != nil {
			return f.bits
		}
		if s := c.contracts.contractSummary(callee); s != nil && !returnsCount(callee) {
			return reorderBits(s)
		}
		var fact alias.Reorders
		if callee.Pkg() != nil && callee.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(callee, &fact) {
			return fact.Params
		}
		return 0
	}
	// Helpers calling helpers: iterate to a fixed point (bits only grow).
	for changed, rounds := true, 0; changed && rounds < 16; rounds++ {
		changed = false
		for _, f := range fns {
			var sites []reorderSite
			var bits uint64
			for _, s := range f.passes {
				if reorders(s.callee)&(1<<uint(s.arg)) != 0 {
					sites = append(sites, s)
					bits |= 1 << uint(s.index)
				}
			}
			if bits != f.bits {
				f.bits, changed = bits, true
			}
			f.sites = sites
		}
	}
	// reportedFor says whether a callee was itself reported for reordering
	// parameter i: its callers passing a slice on are consequences.
	reportedFor := func(callee *types.Func, i int) bool {
		if i >= 64 {
			return false
		}
		if f := byObj[callee.Origin()]; f != nil {
			return f.reported&(1<<uint(i)) != 0
		}
		var fact alias.Reorders
		return callee.Pkg() != nil && callee.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(callee.Origin(), &fact) &&
			fact.Reported&(1<<uint(i)) != 0
	}
	// Report where the reordering is a surprise, once: a function whose
	// every reordering of a parameter goes through callees that were
	// reported (or are covered the same way) is covered, and so are its
	// callers that pass the parameter on. f.reported holds both.
	// Recomputed from the previous round's answers until they settle, so
	// that the order of the declarations does not matter.
	for changed, rounds := true, 0; changed && rounds < 16; rounds++ {
		changed = false
		next := make(map[*fn]uint64, len(fns))
		for _, f := range fns {
			own := make(map[uint64]bool) // a site of its own, not a consequence
			for _, s := range f.sites {
				if !reportedFor(s.callee, s.arg) {
					own[uint64(1)<<uint(s.index)] = true
				}
			}
			var bits uint64
			for _, s := range f.sites {
				bit := uint64(1) << uint(s.index)
				if own[bit] && c.surprising(f.decl, s) || !own[bit] && reportedFor(s.callee, s.arg) {
					bits |= bit
				}
			}
			next[f] = bits
		}
		for _, f := range fns {
			if next[f] != f.reported {
				f.reported, changed = next[f], true
			}
		}
	}
	for _, f := range fns {
		if f.bits == 0 {
			continue
		}
		c.pass.ExportObjectFact(f.obj, &alias.Reorders{Params: f.bits, Reported: f.reported})
		if c.factsOnly {
			continue
		}
		done := make(map[*types.Var]bool)
		for _, s := range f.sites {
			bit := uint64(1) << uint(s.index)
			if done[s.param] || f.reported&bit == 0 || reportedFor(s.callee, s.arg) {
				continue
			}
			done[s.param] = true
			c.reportArgReorder(f.decl, s)
		}
	}
}

// reorderBits returns the parameters a contract says a function rewrites
// in place as a whole: it writes them, and returns nothing else (sort.Ints,
// slices.Reverse) or a view of the same slice (slices.Delete). A function
// that fills an output parameter and returns something of its own
// (gonum's mat.Row(dst, i, a)) is not reordering dst.
func reorderBits(s *alias.Summary) uint64 {
	bits := s.Writes
	for _, r := range s.Results {
		switch r.Kind {
		case alias.ResultUnknown:
		case alias.ResultView:
			if r.Param < 64 {
				bits &= 1 << uint(r.Param)
			}
		default:
			return 0
		}
	}
	return bits
}

// returnsCount reports whether fn returns a number (io.ReadFull's n): a
// function that writes a slice argument and counts what it wrote fills a
// buffer, it does not reorder it.
func returnsCount(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return false
	}
	for i := 0; i < sig.Results().Len(); i++ {
		if b, ok := sig.Results().At(i).Type().Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
			return true
		}
	}
	return false
}

// sliceParams returns a function's slice parameters that it never assigns,
// never takes the address of, and that are not blank, with their index in
// ssa.Function.Params numbering.
func sliceParams(info *types.Info, decl *ast.FuncDecl) map[*types.Var]int {
	out := make(map[*types.Var]int)
	i := 0
	add := func(fl *ast.FieldList) {
		if fl == nil {
			return
		}
		for _, field := range fl.List {
			if len(field.Names) == 0 {
				i++
				continue
			}
			for _, name := range field.Names {
				if v, ok := info.Defs[name].(*types.Var); ok && name.Name != "_" {
					if _, isSlice := v.Type().Underlying().(*types.Slice); isSlice {
						out[v] = i
					}
				}
				i++
			}
		}
	}
	// A method changing its own receiver does what methods are for:
	// receivers are counted (for the numbering) but not followed.
	if decl.Recv != nil {
		for _, field := range decl.Recv.List {
			i += max(1, len(field.Names))
		}
	}
	add(decl.Type.Params)
	// A parameter given new backing (xs = slices.Clone(xs)), or whose
	// address escapes, is not the caller's slice at every call.
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
					delete(out, asVar(info, id))
				}
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if id, ok := e.(*ast.Ident); ok && n.Tok == token.ASSIGN {
					delete(out, asVar(info, id))
				}
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND {
				delete(out, asVar(info, id))
			}
		}
		return true
	})
	return out
}

func asVar(info *types.Info, id *ast.Ident) *types.Var {
	v, _ := info.Uses[id].(*types.Var)
	return v
}

// passSites lists the calls in decl (not in its function literals, which
// may run at any time) that hand a slice parameter, unchanged, to a
// function: the candidates, found once; which of them reorder depends on
// what is known of the callees, which grows round by round.
func (c *checker) passSites(decl *ast.FuncDecl, params map[*types.Var]int) []reorderSite {
	info := c.pass.TypesInfo
	var out []reorderSite
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		callee := staticCallee(info, call)
		if callee == nil {
			return true
		}
		sig, ok := callee.Type().(*types.Signature)
		if !ok {
			return true
		}
		offset := 0
		if sig.Recv() != nil {
			offset = 1 // the receiver is parameter 0; the syntax's arguments follow
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
				c.addReorderSite(&out, info, call, sel.X, params, callee, 0)
			}
		}
		for k, arg := range call.Args {
			if i := k + offset; i < 64 {
				c.addReorderSite(&out, info, call, arg, params, callee, i)
			}
		}
		return true
	})
	return out
}

func (c *checker) addReorderSite(out *[]reorderSite, info *types.Info, call *ast.CallExpr, arg ast.Expr, params map[*types.Var]int, callee *types.Func, argIndex int) {
	arg = ast.Unparen(arg)
	// A conversion to another slice type (sort.Sort(byName(xs))) is the
	// same slice: same backing array, same elements.
	if conv, ok := arg.(*ast.CallExpr); ok && len(conv.Args) == 1 {
		if tv, ok := info.Types[conv.Fun]; ok && tv.IsType() {
			if _, isSlice := tv.Type.Underlying().(*types.Slice); isSlice {
				arg = ast.Unparen(conv.Args[0])
			}
		}
	}
	id, ok := arg.(*ast.Ident)
	if !ok {
		return
	}
	v := asVar(info, id)
	if i, ok := params[v]; ok {
		*out = append(*out, reorderSite{call: call, via: types.ExprString(call.Fun), callee: callee, arg: argIndex, param: v, index: i})
	}
}

// surprising reports whether a caller cannot expect decl to reorder the
// parameter: it is variadic, or decl returns a result other than the slice,
// and its doc comment does not say so.
func (c *checker) surprising(decl *ast.FuncDecl, s reorderSite) bool {
	sig := c.pass.TypesInfo.Defs[decl.Name].(*types.Func).Type().(*types.Signature)
	if documentsReorder(decl.Doc, s.param.Name()) {
		return false
	}
	return isVariadic(sig, s.param) || returnsResult(sig) && !returnsParam(c.pass.TypesInfo, decl, s.param)
}

func isVariadic(sig *types.Signature, v *types.Var) bool {
	return sig.Variadic() && sig.Params().Len() > 0 && sig.Params().At(sig.Params().Len()-1) == v
}

// reorderWords are words of a doc comment that, near a parameter's name,
// say the function changes it: "Unique sorts xs", "reverses s in place".
var reorderWords = []string{"sort", "in place", "in-place", "reorder", "revers", "modif", "shuffl", "permut", "rearrang", "mutat", "overwrit"}

// documentsReorder reports whether a doc comment names the parameter and
// says that the function changes it.
func documentsReorder(doc *ast.CommentGroup, param string) bool {
	if doc == nil {
		return false
	}
	text := strings.ToLower(doc.Text())
	if !containsWord(text, strings.ToLower(param)) {
		return false
	}
	for _, w := range reorderWords {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

func containsWord(text, word string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], word)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || !isWordByte(text[j-1])
		after := j+len(word) == len(text) || !isWordByte(text[j+len(word)])
		if before && after {
			return true
		}
		i = j + 1
	}
}

func isWordByte(b byte) bool {
	return b == '_' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

// reportArgReorder reports one reordered parameter.
func (c *checker) reportArgReorder(decl *ast.FuncDecl, s reorderSite) {
	sig := c.pass.TypesInfo.Defs[decl.Name].(*types.Func).Type().(*types.Signature)
	variadic := isVariadic(sig, s.param)
	name := s.param.Name()
	var msg string
	if variadic {
		msg = sprintf("%s reorders its variadic parameter %s in place (%s): a caller passing its own slice as %s... has it reordered",
			decl.Name.Name, quote(name), s.via, name)
	} else {
		msg = sprintf("%s reorders its parameter %s in place (%s) and returns a result: the caller's slice is reordered too",
			decl.Name.Name, quote(name), s.via)
	}
	f := finding{
		check:   ArgReorder,
		pos:     s.call.Pos(),
		msg:     msg,
		related: []analysis.RelatedInformation{related(s.param.Pos(), "%s is the caller's slice", name)},
	}
	if len(decl.Body.List) > 0 {
		first := decl.Body.List[0]
		indent := c.syntax.indentOf(first.Pos())
		f.fixes = []analysis.SuggestedFix{{
			Message: "Copy " + name + " first",
			TextEdits: []analysis.TextEdit{{Pos: first.Pos(), End: first.Pos(),
				NewText: []byte(name + " = append(" + name + "[:0:0], " + name + "...)\n" + indent)}},
		}}
	}
	c.report(f)
}

// returnsResult reports whether a signature has a result other than an
// error.
func returnsResult(sig *types.Signature) bool {
	for i := 0; i < sig.Results().Len(); i++ {
		if !types.Identical(sig.Results().At(i).Type(), types.Universe.Lookup("error").Type()) {
			return true
		}
	}
	return false
}

// returnsParam reports whether some return statement of decl returns the
// parameter or a slice of it: a fluent function whose callers use what it
// returns.
func returnsParam(info *types.Info, decl *ast.FuncDecl, v *types.Var) bool {
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		ret, ok := n.(*ast.ReturnStmt)
		if !ok {
			return true
		}
		for _, r := range ret.Results {
			e := ast.Unparen(r)
			if sl, ok := e.(*ast.SliceExpr); ok {
				e = ast.Unparen(sl.X)
			}
			if id, ok := e.(*ast.Ident); ok && asVar(info, id) == v {
				found = true
			}
			// A call that takes the slice and returns its type may
			// return a slice of it (slices.Compact(xs)): fluent too.
			if call, ok := e.(*ast.CallExpr); ok && info.TypeOf(call) != nil && types.Identical(info.TypeOf(call), v.Type()) {
				for _, a := range call.Args {
					if id, ok := ast.Unparen(a).(*ast.Ident); ok && asVar(info, id) == v {
						found = true
					}
				}
			}
		}
		return true
	})
	return found || namedResultIsParam(decl)
}

// namedResultIsParam is for the rare function with named results: they may
// alias the parameter in ways this syntactic check does not follow.
func namedResultIsParam(decl *ast.FuncDecl) bool {
	res := decl.Type.Results
	return res != nil && len(res.List) > 0 && len(res.List[0].Names) > 0
}
