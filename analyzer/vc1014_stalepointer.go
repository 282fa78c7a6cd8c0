package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// StalePointer is the ID of check VC1014, stale-pointer.
const StalePointer = "VC1014"

func init() {
	register(stalePointer, hooks{syntax: (*checker).checkStalePointers})
}

// stalePointer is VC1014's entry in Checks.
var stalePointer = &Check{
	ID: StalePointer, Name: "stale-pointer", Since: "0.3.0", Default: true, Slices: []string{"E"},
	Title: "A pointer to a slice element is written after an append that may have moved the slice",
	Text: `` + "`p := &s[i]`" + ` points into the backing array that ` + "`s`" + ` has now. ` + "`s = append(s, x)`" + ` keeps that array while it has spare
capacity and moves the elements to a new, larger one when it has not: after such an append ` + "`s[i]`" + ` is an element of the
new array and ` + "`p`" + ` still points into the old one. VC1014 reports a write through ` + "`p`" + ` (` + "`p.F = v`, `*p = v`, `p.n++`" + `)
that can run after an append to the same slice (` + "`s`, `*cs`, `x.items`" + `), itself after ` + "`p`" + ` was taken, with no new
` + "`p`" + ` taken in between. The pointer may come from a helper that returns ` + "`&s[i]`" + ` of its parameter or receiver's field,
and the append may be in a function or method that appends to the slice through a pointer (` + "`r.add(x)`" + ` that does
` + "`r.items = append(r.items, x)`" + `), in this package or another.

Why it matters: whether the write is lost depends on the slice's capacity at run time: tests with small inputs
pass, and the write disappears the day the append has to grow the slice (redpanda-data/redpanda-operator#1587, where
` + "`p := &(*cs)[i]`" + ` was kept across ` + "`*cs = append(*cs, ...)`" + `).

Not reported: a pointer taken again after the append; an append before the pointer is taken; an index kept instead of
a pointer (` + "`s[i].F = v`" + `); slices of pointers (` + "`[]*T`" + `, where the elements are shared by both arrays); an append to
another slice, or to a copy of the slice header (a slice parameter appended to inside a callee); writes through
the pointer into memory the element only refers to (a map, a slice or a pointer field); appends in a function
that reads the slice's capacity (` + "`cap(s)`" + `: a slab allocator that starts a new slab when the old one is full, so that
its appends never move what it handed out); a slice made with ` + "`make([]T, n, c)`" + ` whose appends provably stay within
` + "`c`" + ` (constant counts, or one append per round of a loop over ` + "`c`" + ` items); reads through the pointer, and calls
of its methods, which may or may not write; a pointer copied to another variable, or used in a function literal.`,
	Before: `p := &cs[i]
cs = append(cs, extra)
p.Ready = true // VC1014: p may point into the old array`,
	After: `cs = append(cs, extra)
p := &cs[i]
p.Ready = true`,
	Fix: "Keep the index and write `s[i].F = v`, or take the pointer after the last append. The suggested fix takes the pointer again right after each append (`p = &s[i]`) when the index is a constant or a variable that is never reassigned, so that it is the same element.",
}

// SliceRefsFact is VC1014's fact on a function: the slices it appends to
// through a pointer its caller holds (so that the caller's slice may move to
// a new array), and the slice whose element its result points to. Params
// are numbered with the receiver first, as in ssa.Function.Params.
type SliceRefsFact struct {
	Appends []SliceRef
	Elem    *SliceRef
}

// A SliceRef names a slice by a parameter and a path from it: "*" for the
// slice a pointer parameter points to, ".items" for a field, "" for the
// parameter itself.
type SliceRef struct {
	Param int
	Path  string
}

// AFact marks SliceRefsFact as an analysis fact.
func (*SliceRefsFact) AFact() {}

func (f *SliceRefsFact) String() string {
	return fmt.Sprintf("appends %v, points into %v", f.Appends, f.Elem)
}

// A sliceKey names a slice a function can address again: a variable and a
// path of field selections ("."), dereferences ("*") and address-of ("&")
// from it, normalized so that `(*r).items` and `r.items` are one key.
type sliceKey struct {
	root *types.Var
	path string
}

func normPath(p string) string {
	for {
		q := strings.NewReplacer("&*", "", "*&", "", "*.", ".", "&.", ".").Replace(p)
		if q == p {
			return p
		}
		p = q
	}
}

// keyOf returns the key of e, when e is a variable, a field chain from one,
// or a dereference of one.
func keyOf(info *types.Info, e ast.Expr) (sliceKey, bool) {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, _ := info.Uses[x].(*types.Var)
		if v == nil {
			v, _ = info.Defs[x].(*types.Var)
		}
		if v == nil {
			return sliceKey{}, false
		}
		return sliceKey{root: v}, true
	case *ast.SelectorExpr:
		s := info.Selections[x]
		if s == nil || s.Kind() != types.FieldVal {
			return sliceKey{}, false
		}
		k, ok := keyOf(info, x.X)
		if !ok {
			return k, false
		}
		return sliceKey{k.root, normPath(k.path + "." + x.Sel.Name)}, true
	case *ast.StarExpr:
		k, ok := keyOf(info, x.X)
		return sliceKey{k.root, normPath(k.path + "*")}, ok
	case *ast.UnaryExpr:
		if x.Op != token.AND {
			return sliceKey{}, false
		}
		k, ok := keyOf(info, x.X)
		return sliceKey{k.root, normPath(k.path + "&")}, ok
	}
	return sliceKey{}, false
}

// keyText spells a key as Go: "*cs", "r.items", "(*p).xs".
func keyText(k sliceKey) string {
	text := k.root.Name()
	path := k.path
	for path != "" {
		switch path[0] {
		case '*':
			text = "(*" + text + ")"
			path = path[1:]
		case '&':
			text = "(&" + text + ")"
			path = path[1:]
		case '.':
			j := strings.IndexAny(path[1:], ".*&")
			if j < 0 {
				j = len(path) - 1
			}
			text += path[:j+1]
			path = path[j+1:]
		default:
			return text
		}
	}
	if strings.HasPrefix(text, "(") && strings.HasSuffix(text, ")") && strings.Count(text, "(") == 1 {
		text = text[1 : len(text)-1]
	}
	return text
}

// callArgs returns the expressions a call passes for the callee's
// parameters, numbered with the receiver first: a method called on an
// addressable value gets its address.
func callArgs(info *types.Info, call *ast.CallExpr, callee *types.Func) []ast.Expr {
	sig, ok := callee.Type().(*types.Signature)
	if !ok {
		return nil
	}
	var out []ast.Expr
	if sig.Recv() != nil {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		if s := info.Selections[sel]; s == nil || s.Kind() != types.MethodVal {
			return nil // a method expression T.m(x, ...): not followed
		}
		recv := sel.X
		_, recvPtr := sig.Recv().Type().Underlying().(*types.Pointer)
		xt := info.TypeOf(sel.X)
		if xt == nil {
			return nil
		}
		_, argPtr := xt.Underlying().(*types.Pointer)
		if recvPtr && !argPtr {
			recv = &ast.UnaryExpr{Op: token.AND, X: sel.X, OpPos: sel.X.Pos()}
		}
		out = append(out, recv)
	}
	n := sig.Params().Len()
	if sig.Variadic() {
		n-- // the variadic slice is made at the call
	}
	for i, a := range call.Args {
		if i >= n {
			break
		}
		out = append(out, a)
	}
	return out
}

// refKey maps a callee's SliceRef to the caller's key at a call.
func refKey(info *types.Info, args []ast.Expr, r SliceRef) (sliceKey, bool) {
	if r.Param >= len(args) {
		return sliceKey{}, false
	}
	k, ok := keyOf(info, args[r.Param])
	if !ok {
		return k, false
	}
	return sliceKey{k.root, normPath(k.path + r.Path)}, true
}

// A spFunc is what VC1014 knows of one function of the package.
type spFunc struct {
	decl   *ast.FuncDecl
	obj    *types.Func
	params map[*types.Var]int
	fact   SliceRefsFact
}

// checkStalePointers summarizes the package's functions (which slices they
// append to through a pointer, which slice their result points into),
// exports the summaries as facts, then looks for stale pointers in every
// function body.
func (c *checker) checkStalePointers() {
	info := c.pass.TypesInfo
	var fns []*spFunc
	byObj := make(map[*types.Func]*spFunc)
	for _, fd := range c.funcDecls() {
		decl, obj := fd.decl, fd.obj
		f := &spFunc{decl: decl, obj: obj, params: paramIndices(info, decl)}
		if len(f.params) == 0 {
			continue
		}
		fns = append(fns, f)
		byObj[obj] = f
	}
	factOf := func(callee *types.Func) *SliceRefsFact {
		callee = callee.Origin()
		if f := byObj[callee]; f != nil {
			return &f.fact
		}
		var fact SliceRefsFact
		if callee.Pkg() != nil && callee.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(callee, &fact) {
			return &fact
		}
		return nil
	}
	// Helpers calling helpers: iterate to a fixed point (facts only grow).
	for changed, rounds := true, 0; changed && rounds < 8; rounds++ {
		changed = false
		for _, f := range fns {
			if c.summarizeSliceRefs(f, factOf) {
				changed = true
			}
		}
	}
	for _, f := range fns {
		if len(f.fact.Appends) > 0 || f.fact.Elem != nil {
			fact := f.fact
			c.pass.ExportObjectFact(f.obj, &fact)
		}
	}
	if c.factsOnly {
		return
	}
	c.eachBody(func(_ *ast.File, body *ast.BlockStmt) { c.staleInBody(body, factOf) })
}

// paramIndices numbers a function's named parameters, the receiver first.
func paramIndices(info *types.Info, decl *ast.FuncDecl) map[*types.Var]int {
	out := make(map[*types.Var]int)
	i := 0
	for _, fl := range []*ast.FieldList{decl.Recv, decl.Type.Params} {
		if fl == nil {
			continue
		}
		for _, field := range fl.List {
			if len(field.Names) == 0 {
				i++
				continue
			}
			for _, name := range field.Names {
				if v, ok := info.Defs[name].(*types.Var); ok && name.Name != "_" {
					out[v] = i
				}
				i++
			}
		}
	}
	return out
}

// summarizeSliceRefs updates f's fact from its body and reports whether it
// changed.
func (c *checker) summarizeSliceRefs(f *spFunc, factOf func(*types.Func) *SliceRefsFact) bool {
	info := c.pass.TypesInfo
	changed := false
	// An append through a pointer parameter changes its caller's slice
	// header; one to a value parameter changes a copy.
	addAppend := func(k sliceKey) {
		i, ok := f.params[k.root]
		if !ok || k.path == "" {
			return
		}
		if _, isPtr := k.root.Type().Underlying().(*types.Pointer); !isPtr {
			return
		}
		r := SliceRef{Param: i, Path: k.path}
		for _, a := range f.fact.Appends {
			if a == r {
				return
			}
		}
		if len(f.fact.Appends) < 16 {
			f.fact.Appends = append(f.fact.Appends, r)
			changed = true
		}
	}
	capped := capChecked(info, f.decl.Body)
	ast.Inspect(f.decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // runs at some other time
		case *ast.AssignStmt:
			if k, ok := appendAssign(info, n); ok && !capped[k] {
				addAppend(k)
			}
		case *ast.CallExpr:
			callee := staticCallee(info, n)
			if callee == nil {
				return true
			}
			fact := factOf(callee)
			if fact == nil || len(fact.Appends) == 0 {
				return true
			}
			args := callArgs(info, n, callee)
			for _, r := range fact.Appends {
				if k, ok := refKey(info, args, r); ok {
					addAppend(k)
				}
			}
		case *ast.ReturnStmt:
			if f.fact.Elem != nil || len(n.Results) != 1 {
				return true
			}
			if k, _, ok := elemAddr(info, n.Results[0]); ok {
				if i, ok := f.params[k.root]; ok {
					f.fact.Elem = &SliceRef{Param: i, Path: k.path}
					changed = true
				}
			}
		}
		return true
	})
	return changed
}

// appendAssign matches `K = append(K, ...)` and returns K.
func appendAssign(info *types.Info, as *ast.AssignStmt) (sliceKey, bool) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return sliceKey{}, false
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok || len(call.Args) < 2 || !isBuiltin(info, call.Fun, "append") {
		return sliceKey{}, false
	}
	k1, ok1 := keyOf(info, as.Lhs[0])
	k2, ok2 := keyOf(info, call.Args[0])
	if !ok1 || !ok2 || k1 != k2 {
		return sliceKey{}, false
	}
	return k1, true
}

// capChecked returns the slices whose capacity a body reads (cap(s)): code
// that manages capacity itself, such as a slab allocator that starts a new
// slab when the old one is full (`if len(p.nodes) == cap(p.nodes) {
// p.nodes = make(...) }`) so that its appends never move the elements
// handed out, is taken to know where its appends go.
func capChecked(info *types.Info, body *ast.BlockStmt) map[sliceKey]bool {
	out := make(map[sliceKey]bool)
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && len(call.Args) == 1 && isBuiltin(info, call.Fun, "cap") {
			if k, ok := keyOf(info, call.Args[0]); ok {
				out[k] = true
			}
		}
		return true
	})
	return out
}

// elemAddr matches `&E[i]` where E is a slice of non-pointer elements that
// keyOf names, and returns E's key and the index.
func elemAddr(info *types.Info, e ast.Expr) (sliceKey, ast.Expr, bool) {
	u, ok := ast.Unparen(e).(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return sliceKey{}, nil, false
	}
	ix, ok := ast.Unparen(u.X).(*ast.IndexExpr)
	if !ok {
		return sliceKey{}, nil, false
	}
	t := info.TypeOf(ix.X)
	if t == nil {
		return sliceKey{}, nil, false
	}
	sl, ok := t.Underlying().(*types.Slice)
	if !ok {
		return sliceKey{}, nil, false
	}
	if _, isPtr := sl.Elem().Underlying().(*types.Pointer); isPtr {
		return sliceKey{}, nil, false // both arrays hold the same pointers
	}
	k, ok := keyOf(info, ix.X)
	return k, ix.Index, ok
}

// A spTake is where a pointer variable is set to point into a slice.
type spTake struct {
	p     *types.Var
	key   sliceKey
	slice string   // the slice as written, for messages
	index ast.Expr // nil when the pointer comes from a helper
	via   string   // the helper, as written
	stmt  ast.Node // the assignment, or the var spec
}

// A spAppend is an append to a slice, or a call that appends to it.
type spAppend struct {
	key  sliceKey
	stmt ast.Node // the statement or call
	via  string   // the callee, for a call
	call *ast.CallExpr
}

// staleInBody reports VC1014 in one function body (not in the function
// literals inside it, which are bodies of their own).
func (c *checker) staleInBody(body *ast.BlockStmt, factOf func(*types.Func) *SliceRefsFact) {
	info := c.pass.TypesInfo
	var takes []spTake
	var appends []spAppend
	var stmts []ast.Node // assignments and inc/dec statements, for the writes
	var capped map[sliceKey]bool
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			stmts = append(stmts, n)
			if k, ok := appendAssign(info, n); ok {
				if capped == nil {
					capped = capChecked(info, body)
				}
				if !capped[k] {
					appends = append(appends, spAppend{key: k, stmt: n})
				}
				return true
			}
			if len(n.Lhs) != len(n.Rhs) {
				return true
			}
			for i, lhs := range n.Lhs {
				if t, ok := c.takeOf(lhs, n.Rhs[i], n, factOf); ok {
					takes = append(takes, t)
				}
			}
		case *ast.DeclStmt:
			gd, ok := n.Decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				return true
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if len(vs.Names) != len(vs.Values) {
					continue
				}
				for i, name := range vs.Names {
					if t, ok := c.takeOf(name, vs.Values[i], vs, factOf); ok {
						takes = append(takes, t)
					}
				}
			}
		case *ast.IncDecStmt:
			stmts = append(stmts, n)
		case *ast.CallExpr:
			callee := staticCallee(info, n)
			if callee == nil {
				return true
			}
			fact := factOf(callee)
			if fact == nil || len(fact.Appends) == 0 {
				return true
			}
			args := callArgs(info, n, callee)
			for _, r := range fact.Appends {
				if k, ok := refKey(info, args, r); ok {
					appends = append(appends, spAppend{key: k, stmt: n, via: types.ExprString(n.Fun), call: n})
				}
			}
		}
		return true
	})
	if len(takes) == 0 || len(appends) == 0 {
		return
	}
	var g *flowGraph
	done := make(map[*types.Var]bool)
	for _, t := range takes {
		if done[t.p] {
			continue
		}
		var apps []spAppend
		for _, a := range appends {
			if a.key == t.key && !inTakeOf(takes, t.p, a.stmt) {
				apps = append(apps, a)
			}
		}
		if len(apps) == 0 {
			continue
		}
		var writes []ast.Node
		for _, s := range stmts {
			if writesThrough(info, s, t.p) {
				writes = append(writes, s)
			}
		}
		if len(writes) == 0 || c.withinCapacity(body, t.key, apps) {
			continue
		}
		if g == nil {
			if g = c.flow(body); g == nil {
				return
			}
		}
		retakes := func(n ast.Node) bool { return assigns(info, n, t.p) }
		debugf("VC1014: %s: %s taken into %s, %d appends and %d writes to order", c.pass.Fset.Position(t.stmt.Pos()), t.p.Name(), t.slice, len(apps), len(writes))
		for _, w := range writes {
			var stale []spAppend
			for _, a := range apps {
				if g.reachesAvoiding(t.stmt.Pos(), a.stmt.Pos(), retakes) && g.reachesAvoiding(a.stmt.Pos(), w.Pos(), retakes) {
					stale = append(stale, a)
				}
			}
			if len(stale) == 0 {
				continue
			}
			done[t.p] = true
			c.reportStalePointer(body, t, stale, w, apps, writes, g)
			break
		}
	}
}

// inTakeOf reports whether n is inside a statement that sets p: an append
// there (p := r.push(x), which appends and returns &r.items[last]) comes
// before the pointer is taken.
func inTakeOf(takes []spTake, p *types.Var, n ast.Node) bool {
	for _, t := range takes {
		if t.p == p && t.stmt.Pos() <= n.Pos() && n.End() <= t.stmt.End() {
			return true
		}
	}
	return false
}

// takeOf matches `p := &E[i]`, `p = &E[i]` and `p := helper(...)` whose
// fact says it returns a pointer into a slice of its arguments.
func (c *checker) takeOf(lhs, rhs ast.Expr, stmt ast.Node, factOf func(*types.Func) *SliceRefsFact) (spTake, bool) {
	info := c.pass.TypesInfo
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return spTake{}, false
	}
	p, _ := info.Defs[id].(*types.Var)
	if p == nil {
		p, _ = info.Uses[id].(*types.Var)
	}
	if p == nil {
		return spTake{}, false
	}
	if k, index, ok := elemAddr(info, rhs); ok {
		x := ast.Unparen(ast.Unparen(rhs).(*ast.UnaryExpr).X).(*ast.IndexExpr).X
		return spTake{p: p, key: k, slice: types.ExprString(ast.Unparen(x)), index: index, stmt: stmt}, true
	}
	call, ok := ast.Unparen(rhs).(*ast.CallExpr)
	if !ok {
		return spTake{}, false
	}
	callee := staticCallee(info, call)
	if callee == nil {
		return spTake{}, false
	}
	fact := factOf(callee)
	if fact == nil || fact.Elem == nil {
		return spTake{}, false
	}
	if _, isPtr := p.Type().Underlying().(*types.Pointer); !isPtr {
		return spTake{}, false
	}
	args := callArgs(info, call, callee)
	k, ok := refKey(info, args, *fact.Elem)
	if !ok {
		return spTake{}, false
	}
	return spTake{p: p, key: k, slice: keyText(k), via: types.ExprString(call.Fun), stmt: stmt}, true
}

// assigns reports whether a flow node gives the variable p a new value.
func assigns(info *types.Info, n ast.Node, p *types.Var) bool {
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && (info.Uses[id] == p || info.Defs[id] == p)
	}
	switch n := n.(type) {
	case *ast.AssignStmt:
		for _, lhs := range n.Lhs {
			if is(lhs) {
				return true
			}
		}
	case *ast.ValueSpec:
		for _, name := range n.Names {
			if is(name) {
				return true
			}
		}
	case *ast.DeclStmt:
		if gd, ok := n.Decl.(*ast.GenDecl); ok {
			for _, s := range gd.Specs {
				if vs, ok := s.(*ast.ValueSpec); ok && assigns(info, vs, p) {
					return true
				}
			}
		}
	case *ast.RangeStmt:
		return n.Key != nil && is(n.Key) || n.Value != nil && is(n.Value)
	}
	return false
}

// writesThrough reports whether an assignment or inc/dec statement writes
// the memory p points to: `*p = v`, `p.F = v`, `p.a[1].G++`, through value
// fields and array elements only (a write through a map, slice or pointer
// field lands in memory both arrays share).
func writesThrough(info *types.Info, n ast.Node, p *types.Var) bool {
	var targets []ast.Expr
	switch n := n.(type) {
	case *ast.AssignStmt:
		if n.Tok == token.DEFINE {
			return false
		}
		targets = n.Lhs
	case *ast.IncDecStmt:
		targets = []ast.Expr{n.X}
	}
	for _, e := range targets {
		if intoPointee(info, e, p) {
			return true
		}
	}
	return false
}

func intoPointee(info *types.Info, e ast.Expr, p *types.Var) bool {
	isP := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == p
	}
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.StarExpr:
			return isP(x.X)
		case *ast.SelectorExpr:
			s := info.Selections[x]
			if s == nil || s.Kind() != types.FieldVal {
				return false
			}
			if isP(x.X) {
				// p.F: one implicit dereference of p, then value fields
				// only (an embedded pointer on the way lands elsewhere).
				return len(s.Index()) == 1 || embeddedValuePath(p, s)
			}
			if s.Indirect() {
				return false
			}
			e = x.X
		case *ast.IndexExpr:
			t := info.TypeOf(x.X)
			if t == nil {
				return false
			}
			if _, isArray := t.Underlying().(*types.Array); !isArray {
				return false
			}
			e = x.X
		default:
			return false
		}
	}
}

// embeddedValuePath reports whether a selection p.F with promoted fields
// goes through embedded values only after p's own dereference.
func embeddedValuePath(p *types.Var, s *types.Selection) bool {
	ptr, ok := p.Type().Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	t := ptr.Elem()
	idx := s.Index()
	for i, j := range idx {
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return false
		}
		t = st.Field(j).Type()
		if i < len(idx)-1 {
			if _, isPtr := t.Underlying().(*types.Pointer); isPtr {
				return false
			}
		}
	}
	return true
}

// withinCapacity reports whether every append to a local slice made by
// `make([]T, n, c)` provably stays within c: the simplest proofs only,
// constants, or one single-element append per round of a loop over c items
// (`for range xs` with c = len(xs), `for i := 0; i < c; i++`).
func (c *checker) withinCapacity(body *ast.BlockStmt, k sliceKey, apps []spAppend) bool {
	info := c.pass.TypesInfo
	if k.path != "" {
		return false
	}
	var made *ast.CallExpr
	others := false
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			if vs, ok := n.(*ast.ValueSpec); ok {
				for i, name := range vs.Names {
					if info.Defs[name] == k.root && i < len(vs.Values) {
						made, _ = ast.Unparen(vs.Values[i]).(*ast.CallExpr)
					}
				}
			}
			return true
		}
		for i, lhs := range as.Lhs {
			id, ok := ast.Unparen(lhs).(*ast.Ident)
			if !ok || (info.Defs[id] != k.root && info.Uses[id] != k.root) {
				continue
			}
			if _, isAppend := appendAssign(info, as); isAppend {
				continue
			}
			if as.Tok == token.DEFINE && made == nil && len(as.Lhs) == len(as.Rhs) {
				made, _ = ast.Unparen(as.Rhs[i]).(*ast.CallExpr)
				continue
			}
			others = true
		}
		return true
	})
	if others || made == nil || !isBuiltin(info, made.Fun, "make") || len(made.Args) != 3 {
		return false
	}
	for _, a := range apps {
		if a.call != nil {
			return false // a helper's appends are not counted
		}
		call := ast.Unparen(a.stmt.(*ast.AssignStmt).Rhs[0]).(*ast.CallExpr)
		if len(call.Args) != 2 || call.Ellipsis.IsValid() {
			return false
		}
	}
	// Constants: n + the number of appends, none in a loop, at most c.
	lenV, capV := info.Types[made.Args[1]].Value, info.Types[made.Args[2]].Value
	if lenV != nil && capV != nil && lenV.Kind() == constant.Int && capV.Kind() == constant.Int {
		n, _ := constant.Int64Val(lenV)
		cp, _ := constant.Int64Val(capV)
		g := c.flow(body)
		if g == nil {
			return false
		}
		for _, a := range apps {
			if g.inLoop(a.stmt.Pos()) {
				return false
			}
		}
		return n+int64(len(apps)) <= cp
	}
	// One append per round of the one loop over c items.
	if lenV == nil || constant.Sign(lenV) != 0 || len(apps) != 1 {
		return false
	}
	capText := types.ExprString(made.Args[2])
	loop := innermostLoop(body, apps[0].stmt)
	switch l := loop.(type) {
	case *ast.RangeStmt:
		return "len("+types.ExprString(l.X)+")" == capText
	case *ast.ForStmt:
		cond, ok := l.Cond.(*ast.BinaryExpr)
		return ok && cond.Op == token.LSS && types.ExprString(cond.Y) == capText && l.Post != nil
	}
	return false
}

// innermostLoop returns the innermost for or range statement of body that
// holds n, or nil.
func innermostLoop(body *ast.BlockStmt, n ast.Node) ast.Node {
	var loop ast.Node
	ast.Inspect(body, func(m ast.Node) bool {
		if m == nil || m.Pos() > n.Pos() || m.End() < n.End() {
			return false
		}
		switch m.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			loop = m
		case *ast.FuncLit:
			return false
		}
		return true
	})
	return loop
}

// reportStalePointer reports the write w through t.p, after the appends
// stale, with a fix that takes the pointer again after every append to the
// slice that lies between a take and a write, when that is the same
// element.
func (c *checker) reportStalePointer(body *ast.BlockStmt, t spTake, stale []spAppend, w ast.Node, apps []spAppend, writes []ast.Node, g *flowGraph) {
	a := stale[0]
	slice := t.slice
	taken := sprintf("taken on line %d", c.line(t.stmt.Pos()))
	if t.via != "" {
		taken = sprintf("returned by %s on line %d", t.via, c.line(t.stmt.Pos()))
	}
	what := sprintf("the append on line %d", c.line(a.stmt.Pos()))
	if a.via != "" {
		what = sprintf("the call to %s on line %d appends to it, which", a.via, c.line(a.stmt.Pos()))
	}
	f := finding{
		check: StalePointer,
		pos:   w.Pos(),
		msg: sprintf("%s points into the backing array of %s (%s); %s moves %s to a new array when it has no spare capacity: if the append had to grow %s, %s points into the old array and this write is lost",
			quote(t.p.Name()), slice, taken, what, slice, slice, t.p.Name()),
		related: []analysis.RelatedInformation{
			related(t.stmt.Pos(), "%s is taken here, into the array %s has now", t.p.Name(), slice),
			related(a.stmt.Pos(), "%s may move to a new array here", slice),
		},
	}
	f.fixes = c.retakeFix(body, t, apps, writes, g)
	c.report(f)
}

// retakeFix inserts `p = &E[i]` after each append to E that a take of p
// reaches and that reaches a write through p, when i is a constant or a
// variable never assigned after its definition, p and i are in scope
// there, and E can be evaluated again to the same slice.
func (c *checker) retakeFix(body *ast.BlockStmt, t spTake, apps []spAppend, writes []ast.Node, g *flowGraph) []analysis.SuggestedFix {
	info := c.pass.TypesInfo
	if t.index == nil {
		return nil
	}
	as, ok := t.stmt.(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 1 {
		return nil
	}
	var iv *types.Var
	switch x := ast.Unparen(t.index).(type) {
	case *ast.BasicLit:
	case *ast.Ident:
		if info.Types[x].Value == nil {
			if iv, _ = info.Uses[x].(*types.Var); iv == nil {
				return nil
			}
		}
	default:
		return nil
	}
	// The index and the slice's root must hold the same value at the
	// append: the index is never reassigned, the root only by the appends.
	if iv != nil && reassigned(info, body, iv, nil) {
		return nil
	}
	appendStmts := make(map[ast.Node]bool)
	for _, a := range apps {
		appendStmts[a.stmt] = true
	}
	if t.key.path != "" && reassigned(info, body, t.key.root, nil) {
		return nil
	}
	if t.key.path == "" && reassigned(info, body, t.key.root, appendStmts) {
		return nil
	}
	retakes := func(n ast.Node) bool { return assigns(info, n, t.p) }
	x := types.ExprString(ast.Unparen(ast.Unparen(as.Rhs[0]).(*ast.UnaryExpr).X))
	var edits []analysis.TextEdit
	for _, a := range apps {
		if a.call != nil {
			return nil
		}
		stale := false
		for _, w := range writes {
			if g.reachesAvoiding(t.stmt.Pos(), a.stmt.Pos(), retakes) && g.reachesAvoiding(a.stmt.Pos(), w.Pos(), retakes) {
				stale = true
			}
		}
		if !stale {
			continue
		}
		if !inScopeAt(info, t.p, a.stmt.End()) || iv != nil && !inScopeAt(info, iv, a.stmt.End()) || !isBlockStmt(body, a.stmt) {
			return nil
		}
		indent := c.syntax.indentOf(a.stmt.Pos())
		edits = append(edits, analysis.TextEdit{Pos: a.stmt.End(), End: a.stmt.End(),
			NewText: []byte("\n" + indent + t.p.Name() + " = &" + x)})
	}
	if len(edits) == 0 {
		return nil
	}
	return []analysis.SuggestedFix{{Message: "Take " + t.p.Name() + " again after the append", TextEdits: edits}}
}

// reassigned reports whether v is assigned, incremented or has its address
// taken in body, other than in the statements of except.
func reassigned(info *types.Info, body *ast.BlockStmt, v *types.Var, except map[ast.Node]bool) bool {
	found := false
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == v
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if except[n] {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if is(lhs) {
					found = true
				}
			}
		case *ast.IncDecStmt:
			found = found || is(n.X)
		case *ast.UnaryExpr:
			found = found || n.Op == token.AND && is(n.X)
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN {
				found = found || n.Key != nil && is(n.Key) || n.Value != nil && is(n.Value)
			}
		}
		return !found
	})
	return found
}

func inScopeAt(info *types.Info, v *types.Var, pos token.Pos) bool {
	s := v.Parent()
	return s != nil && s.Contains(pos) && v.Pos() < pos
}

// isBlockStmt reports whether n is a statement directly in a block of body
// (not an init or post statement), after which a statement can be inserted.
func isBlockStmt(body *ast.BlockStmt, n ast.Node) bool {
	found := false
	ast.Inspect(body, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.BlockStmt:
			for _, s := range m.List {
				if s == n {
					found = true
				}
			}
		case *ast.CaseClause:
			for _, s := range m.Body {
				if s == n {
					found = true
				}
			}
		case *ast.CommClause:
			for _, s := range m.Body {
				if s == n {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
