package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"go/version"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/cfg"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
)

// The Go-slice half of VC1002: a slice stored without a copy (appended to a
// slice of slices, put in a map, a slice element or a field, sent on a
// channel, handed to a goroutine) whose backing array is written again
// afterwards, so that what was stored changes with it: the backtracking bug
// (res = append(res, path), then path is popped and pushed again), the
// reused line buffer, the read buffer whose buf[:n] is sent on a channel
// before the next Read overwrites it.
//
// It is syntactic, over go/ast and go/types, and runs in every package.
// Whether the write comes after the store is a question of control flow,
// answered by the flowGraph of the body (flow.go): a write reached from the
// store on some path that does not give the slice new backing first
// (tmp = nil, tmp = make(...), a fresh tmp := per iteration). A store that
// is followed only by break or return reaches no write and is quiet.
//
// A store inside a function literal bound to a variable (dfs := func...,
// the backtracking helper) is also followed from every call of that
// variable, and a store inside a recursive function from its recursive
// calls: after the call returns, the caller goes on writing the slice the
// callee stored.

// A sliceRef names a slice-valued variable, or a field path below one
// (s.path, st.cur.buf): what is stored, and what is written later.
type sliceRef struct {
	root *types.Var
	path string // ".f.g" below root, or ""
}

func (r sliceRef) name() string { return r.root.Name() + r.path }

// An eventKind says what a statement does to a slice's backing array.
type eventKind int

const (
	evRebind   eventKind = iota // the variable gets new backing: tmp = nil, tmp := make(...)
	evTruncate                  // tmp = tmp[:k]: later appends write over what was there
	evAppend                    // append(tmp, ...): writes the spare capacity past len(tmp)
	evWrite                     // copy(tmp, ...), sort, Read(tmp), append(tmp[:k], ...)
	evElem                      // tmp[i] = v: one element
	evAdvance                   // tmp = tmp[k:]: tmp moves past what was stored
)

type sliceEvent struct {
	kind eventKind
	pos  token.Pos
	what string // the write, as written
}

// A sliceStoreSite is one place where a slice is kept without a copy.
type sliceStoreSite struct {
	ref  sliceRef
	expr ast.Expr // the stored expression (tmp, buf[:n]); nil for a capture
	stmt ast.Node // the statement that stores it
	kind storeKind
	into string // where it goes, as written
	// target is the element or field stored into (out[i], m[k], x.f);
	// nil for an append, a send, a goroutine.
	target ast.Expr
	body   *ast.BlockStmt
	owner  *funcInfo // the function whose body holds the store
}

type storeKind int

const (
	storeCollect   storeKind = iota // append(res, tmp), m[k] = tmp, x.f = tmp
	storeSend                       // ch <- tmp
	storeGoroutine                  // go f(tmp), go func() { ... tmp ... }()
)

// A funcInfo is one function of a declaration: the declaration itself or
// one of its function literals.
type funcInfo struct {
	body    *ast.BlockStmt
	lit     *ast.FuncLit // nil for the declaration
	obj     *types.Func  // the declared function, for the declaration
	bound   *types.Var   // the variable a literal is assigned to (dfs = func...)
	recv    *types.Var   // the declaration's receiver
	params  []*types.Var
	events  map[sliceRef][]sliceEvent
	stores  []*sliceStoreSite
	assigns map[*types.Var][]token.Pos
	// collects says the body appends to a slice of slices: the only
	// bodies checkElementExtends looks at.
	collects bool
}

// checkSliceSnapshots reports VC1002 for plain Go slices in every function
// of the package.
func (c *checker) checkSliceSnapshots() {
	c.findSliceWriters()
	if c.factsOnly {
		return
	}
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			if decl, ok := d.(*ast.FuncDecl); ok && decl.Body != nil {
				c.sliceSnapshotsIn(f, decl)
			}
		}
	}
}

// sliceSnapshotsIn checks one declaration and its function literals.
func (c *checker) sliceSnapshotsIn(file *ast.File, decl *ast.FuncDecl) {
	info := c.pass.TypesInfo
	// The cheap filter: most functions store no slice at all.
	var stores []*sliceStoreSite
	top := &funcInfo{body: decl.Body}
	top.obj, _ = info.Defs[decl.Name].(*types.Func)
	if decl.Recv != nil && len(decl.Recv.List) > 0 && len(decl.Recv.List[0].Names) > 0 {
		top.recv, _ = info.Defs[decl.Recv.List[0].Names[0]].(*types.Var)
	}
	top.params = fieldVars(info, decl.Type.Params)
	funcs := []*funcInfo{top}
	byLit := map[*ast.FuncLit]*funcInfo{}
	var walk func(fi *funcInfo)
	walk = func(fi *funcInfo) {
		fi.stores = c.sliceStoresIn(fi)
		stores = append(stores, fi.stores...)
		ast.Inspect(fi.body, func(n ast.Node) bool {
			lit, ok := n.(*ast.FuncLit)
			if !ok {
				return true
			}
			sub := &funcInfo{body: lit.Body, lit: lit, params: fieldVars(info, lit.Type.Params)}
			byLit[lit] = sub
			funcs = append(funcs, sub)
			walk(sub)
			return false
		})
	}
	walk(top)
	for _, fi := range funcs {
		if fi.collects {
			c.checkElementExtends(fi)
		}
	}
	if len(stores) == 0 {
		return
	}
	// Which variable each literal is bound to: dfs = func(...) {...}.
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, rhs := range n.Rhs {
					if lit, ok := ast.Unparen(rhs).(*ast.FuncLit); ok {
						if id, ok := ast.Unparen(n.Lhs[i]).(*ast.Ident); ok && byLit[lit] != nil {
							byLit[lit].bound = identVar(info, id)
						}
					}
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, v := range n.Values {
					if lit, ok := ast.Unparen(v).(*ast.FuncLit); ok && byLit[lit] != nil {
						byLit[lit].bound = identVar(info, n.Names[i])
					}
				}
			}
		}
		return true
	})
	done := map[ast.Node]bool{}
	for _, s := range stores {
		if done[s.stmt] && s.expr == nil {
			continue
		}
		if c.checkSliceStore(file, s, funcs) {
			done[s.stmt] = true
		}
	}
}

func fieldVars(info *types.Info, fl *ast.FieldList) []*types.Var {
	var out []*types.Var
	if fl == nil {
		return nil
	}
	for _, f := range fl.List {
		if len(f.Names) == 0 {
			out = append(out, nil)
		}
		for _, n := range f.Names {
			v, _ := info.Defs[n].(*types.Var)
			out = append(out, v)
		}
	}
	return out
}

// refOf returns the variable or field path e names, if it is one.
func (c *checker) refOf(e ast.Expr) (sliceRef, bool) {
	info := c.pass.TypesInfo
	path := ""
	for depth := 0; depth < 4; depth++ {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			v := identVar(info, x)
			if v == nil || v.IsField() || x.Name == "_" {
				return sliceRef{}, false
			}
			return sliceRef{root: v, path: path}, true
		case *ast.SelectorExpr:
			sel := info.Selections[x]
			if sel == nil || sel.Kind() != types.FieldVal {
				return sliceRef{}, false
			}
			path = "." + x.Sel.Name + path
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return sliceRef{}, false
		}
	}
	return sliceRef{}, false
}

// sliceOf returns the slice a slice-valued expression shares its backing
// array with: tmp for tmp, tmp[i:j] and tmp[:k]. full says the expression
// is a three-index slice (whose appends cannot reach what follows), cut
// that it has an upper bound (an append to it writes inside tmp).
func (c *checker) sliceOf(e ast.Expr) (ref sliceRef, full, cut, ok bool) {
	e = ast.Unparen(e)
	for {
		sl, isSlice := e.(*ast.SliceExpr)
		if !isSlice {
			break
		}
		full = full || sl.Slice3
		cut = cut || sl.High != nil
		e = ast.Unparen(sl.X)
	}
	if !isSliceType(c.pass.TypesInfo.TypeOf(e)) {
		return sliceRef{}, false, false, false
	}
	ref, ok = c.refOf(e)
	return ref, full, cut, ok
}

// storedSlices returns the slices e stores without a copy: e itself (tmp,
// buf[:n]), or the slices in the fields of a composite literal it builds
// (&msg{data: buf[:n]}).
func (c *checker) storedSlices(e ast.Expr) []ast.Expr {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	if lit, ok := e.(*ast.CompositeLit); ok {
		var out []ast.Expr
		for _, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			if _, nested := ast.Unparen(el).(*ast.CompositeLit); nested {
				continue
			}
			out = append(out, c.storedSlices(el)...)
		}
		return out
	}
	if _, _, _, ok := c.sliceOf(e); ok {
		return []ast.Expr{e}
	}
	return nil
}

// sliceStoresIn finds the stores in fi's body (not in its literals) and
// records the events of every slice the body touches.
func (c *checker) sliceStoresIn(fi *funcInfo) []*sliceStoreSite {
	info := c.pass.TypesInfo
	var out []*sliceStoreSite
	add := func(stmt ast.Node, e ast.Expr, kind storeKind, into string) {
		for _, s := range c.storedSlices(e) {
			ref, _, _, _ := c.sliceOf(s)
			out = append(out, &sliceStoreSite{ref: ref, expr: s, stmt: stmt, kind: kind, into: into, body: fi.body, owner: fi})
		}
	}
	var stmtOf func(pos token.Pos) ast.Node
	stack := []ast.Node{}
	stmtOf = func(pos token.Pos) ast.Node {
		for i := len(stack) - 1; i >= 0; i-- {
			if _, ok := stack[i].(ast.Stmt); ok {
				return stack[i]
			}
		}
		return nil
	}
	ast.Inspect(fi.body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if isBuiltin(info, n.Fun, "append") && len(n.Args) > 1 && !n.Ellipsis.IsValid() {
				if outer, ok := typeUnder[*types.Slice](info.TypeOf(n.Args[0])); ok && holdsSlices(outer.Elem()) {
					fi.collects = true
					for _, a := range n.Args[1:] {
						add(stmtOf(n.Pos()), a, storeCollect, c.syntax.src(n.Args[0]))
					}
				}
			}
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
				for i, lhs := range n.Lhs {
					switch l := ast.Unparen(lhs).(type) {
					case *ast.IndexExpr:
						if t := info.TypeOf(l.X); t != nil {
							if _, isMap := t.Underlying().(*types.Map); isMap || isSliceType(t) {
								from := len(out)
								add(n, n.Rhs[i], storeCollect, c.syntax.src(l))
								for _, st := range out[from:] {
									st.target = l
								}
							}
						}
					case *ast.SelectorExpr:
						if sel := info.Selections[l]; sel != nil && sel.Kind() == types.FieldVal {
							ref, ok := c.refOf(l)
							for _, s := range c.storedSlices(n.Rhs[i]) {
								if r, _, _, _ := c.sliceOf(s); ok && r == ref {
									continue // s.buf = s.buf[:0]: the same slice
								}
								r, _, _, _ := c.sliceOf(s)
								out = append(out, &sliceStoreSite{ref: r, expr: s, stmt: n, kind: storeCollect, into: c.syntax.src(l), target: l, body: fi.body, owner: fi})
							}
						}
					}
				}
			}
		case *ast.SendStmt:
			add(n, n.Value, storeSend, "channel "+c.syntax.src(n.Chan))
		case *ast.GoStmt:
			for _, a := range n.Call.Args {
				add(n, a, storeGoroutine, "a goroutine")
			}
			if lit, ok := ast.Unparen(n.Call.Fun).(*ast.FuncLit); ok {
				seen := map[sliceRef]bool{}
				ast.Inspect(lit.Body, func(m ast.Node) bool {
					e, ok := m.(ast.Expr)
					if !ok {
						return true
					}
					ref, ok := c.refOf(e)
					if !ok || !isSliceType(info.TypeOf(e)) ||
						(ref.root.Pos() >= lit.Pos() && ref.root.Pos() < lit.End()) || seen[ref] {
						return true
					}
					if ref.root.Parent() == c.pass.Pkg.Scope() {
						return true // a package variable
					}
					seen[ref] = true
					out = append(out, &sliceStoreSite{ref: ref, stmt: n, kind: storeGoroutine, into: "a goroutine", body: fi.body, owner: fi})
					return false
				})
			}
		}
		stack = append(stack, n)
		return true
	})
	return out
}

// typeUnder returns t's underlying type as a T.
func typeUnder[T types.Type](t types.Type) (T, bool) {
	var zero T
	if t == nil {
		return zero, false
	}
	u, ok := t.Underlying().(T)
	return u, ok
}

// holdsSlices reports whether an element of type t can hold a slice: a
// slice type, or an interface (a []any of rows).
func holdsSlices(t types.Type) bool {
	_, isSlice := t.Underlying().(*types.Slice)
	_, isIface := t.Underlying().(*types.Interface)
	return isSlice || isIface
}

// events returns what fi's body (not its literals) does to each slice.
func (c *checker) events(fi *funcInfo) map[sliceRef][]sliceEvent {
	if fi.events != nil {
		return fi.events
	}
	info := c.pass.TypesInfo
	ev := map[sliceRef][]sliceEvent{}
	addRef := func(r sliceRef, k eventKind, pos token.Pos, what string) {
		ev[r] = append(ev[r], sliceEvent{kind: k, pos: pos, what: what})
	}
	// An element write: tmp[i] = v, tmp[i].x = v, tmp[i:][0]++.
	elemWrite := func(lhs ast.Expr, pos token.Pos) {
		e := ast.Unparen(lhs)
		for {
			switch x := e.(type) {
			case *ast.SelectorExpr:
				if sel := info.Selections[x]; sel == nil || sel.Kind() != types.FieldVal {
					return
				}
				if _, ptr := typeUnder[*types.Pointer](info.TypeOf(x.X)); ptr {
					return // writes through a pointer, not the array
				}
				e = ast.Unparen(x.X)
				continue
			case *ast.IndexExpr:
				if isSliceType(info.TypeOf(x.X)) {
					if r, _, _, ok := c.sliceOf(x.X); ok {
						addRef(r, evElem, pos, c.syntax.src(lhs)+" = ...")
					}
					return
				}
				if _, isArr := typeUnder[*types.Array](info.TypeOf(x.X)); isArr {
					e = ast.Unparen(x.X)
					continue
				}
			}
			return
		}
	}
	ast.Inspect(fi.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				elemWrite(lhs, n.Pos())
				r, ok := c.refOf(lhs)
				if !ok {
					continue
				}
				if len(n.Lhs) != len(n.Rhs) {
					addRef(r, evRebind, n.Pos(), "")
					continue
				}
				rhs := ast.Unparen(n.Rhs[i])
				switch x := rhs.(type) {
				case *ast.SliceExpr:
					if src, full, cut, ok := c.sliceOf(x); ok && src == r && !full {
						if cut {
							addRef(r, evTruncate, n.Pos(), c.syntax.src(n.Rhs[i]))
						} else if x.Low != nil {
							addRef(r, evAdvance, n.Pos(), c.syntax.src(n.Rhs[i]))
						}
						continue
					}
				case *ast.CallExpr:
					if isBuiltin(info, x.Fun, "append") && len(x.Args) > 0 {
						if src, full, _, ok := c.sliceOf(x.Args[0]); ok && src == r && !full {
							continue // the append itself is an event below
						}
					}
				case *ast.Ident:
					if src, ok := c.refOf(x); ok && src == r {
						continue
					}
				}
				addRef(r, evRebind, n.Pos(), "")
			}
		case *ast.IncDecStmt:
			elemWrite(n.X, n.Pos())
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if e == nil {
					continue
				}
				if r, ok := c.refOf(e); ok {
					addRef(r, evRebind, e.Pos(), "")
				}
			}
		case *ast.ValueSpec:
			for _, name := range n.Names {
				if v, ok := info.Defs[name].(*types.Var); ok {
					addRef(sliceRef{root: v}, evRebind, name.Pos(), "")
				}
			}
		case *ast.CallExpr:
			c.callEvents(n, addRef)
		}
		return true
	})
	fi.events = ev
	return ev
}

// callEvents records what a call writes: append into the spare capacity
// of its first argument, copy and clear their destination, and any call
// whose contract says it writes a slice argument (sort.Ints, io.ReadFull,
// (io.Reader).Read and every Read method of that shape).
func (c *checker) callEvents(call *ast.CallExpr, addRef func(sliceRef, eventKind, token.Pos, string)) {
	info := c.pass.TypesInfo
	what := c.short(call)
	switch {
	case isBuiltin(info, call.Fun, "append"):
		if len(call.Args) > 0 {
			if r, full, cut, ok := c.sliceOf(call.Args[0]); ok && !full && (len(call.Args) > 1 || call.Ellipsis.IsValid()) {
				k := evAppend
				if cut {
					k = evWrite // append(tmp[:k], ...) writes inside tmp
				}
				addRef(r, k, call.Pos(), what)
			}
		}
		return
	case isBuiltin(info, call.Fun, "copy"), isBuiltin(info, call.Fun, "clear"):
		if len(call.Args) > 0 {
			if r, _, _, ok := c.sliceOf(call.Args[0]); ok {
				addRef(r, evWrite, call.Pos(), what)
			}
		}
		return
	}
	var fn *types.Func
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		fn, _ = info.Uses[fun].(*types.Func)
	case *ast.SelectorExpr:
		fn, _ = info.Uses[fun.Sel].(*types.Func)
	case *ast.IndexExpr:
		if sel, ok := fun.X.(*ast.SelectorExpr); ok {
			fn, _ = info.Uses[sel.Sel].(*types.Func)
		} else if id, ok := fun.X.(*ast.Ident); ok {
			fn, _ = info.Uses[id].(*types.Func)
		}
	}
	if fn == nil {
		return
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return
	}
	var bits uint64
	if s := c.contracts.contractSummary(fn.Origin()); s != nil {
		bits = s.Writes
	} else if isReadMethod(fn) {
		bits = 1 << 1 // (io.Reader).Read's contract: writes p
	} else {
		bits = c.writesSlices(fn.Origin())
	}
	if bits == 0 {
		return
	}
	offset := 0
	if sig.Recv() != nil {
		offset = 1
	}
	for i, a := range call.Args {
		if j := i + offset; j < 64 && bits&(1<<uint(j)) != 0 {
			if r, _, _, ok := c.sliceOf(a); ok {
				addRef(r, evWrite, call.Pos(), what)
			}
		}
	}
}

// isReadMethod reports whether fn is a method Read(p []byte) (n int, err
// error): an io.Reader, which by io.Reader's contract may write all of p.
func isReadMethod(fn *types.Func) bool {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil || fn.Name() != "Read" || sig.Params().Len() != 1 || sig.Results().Len() != 2 {
		return false
	}
	p, ok := typeUnder[*types.Slice](sig.Params().At(0).Type())
	if !ok {
		return false
	}
	b, ok := p.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

// A storePoint is where a stored slice may have been stored, seen from one
// body: the store itself, or a call of the function that stores it.
type storePoint struct {
	fi   *funcInfo
	pos  token.Pos
	ref  sliceRef // the slice, as the body at pos names it
	grew bool     // what was stored may be longer than ref now (a callee appended first)
	call *ast.CallExpr
}

// checkSliceStore reports s if its slice is written again after it is
// stored. It reports whether it did.
func (c *checker) checkSliceStore(file *ast.File, s *sliceStoreSite, funcs []*funcInfo) bool {
	if s.kind == storeCollect && isWindow(s.expr) {
		// rows[i] = backing[i*m : (i+1)*m]: windows of one buffer, each
		// written through the buffer at its own place.
		return false
	}
	pos := s.stmt.Pos()
	if s.expr != nil {
		pos = s.expr.Pos()
	}
	points := []storePoint{{fi: s.owner, pos: pos, ref: s.ref}}
	calls := c.callPoints(s, funcs)
	// After a call that stores the slice, the caller writes it again only
	// if the callee may return without giving it new backing.
	if len(calls) > 0 && c.reachesExit(s.owner, pos, s.ref) {
		points = append(points, calls...)
	}
	for _, p := range points {
		w, ok := c.writeAfter(s, p, calls)
		if !ok {
			continue
		}
		c.reportSliceStore(file, s, p, w)
		return true
	}
	return false
}

// callPoints returns the calls after which s's slice may have been stored:
// calls of the literal that holds the store (when the slice is declared
// outside it), recursive calls of the declaration (for a receiver's field
// or a package variable) and, for a stored parameter, the recursive calls
// that pass it the caller's slice.
func (c *checker) callPoints(s *sliceStoreSite, funcs []*funcInfo) []storePoint {
	info := c.pass.TypesInfo
	fi := s.owner
	var out []storePoint
	paramIndex := -1
	if s.ref.path == "" {
		for i, p := range fi.params {
			if p != nil && p == s.ref.root {
				paramIndex = i
			}
		}
	}
	captured := fi.lit != nil && !(s.ref.root.Pos() >= fi.lit.Pos() && s.ref.root.Pos() < fi.lit.End())
	shared := fi.lit == nil && s.ref.root.Parent() == c.pass.Pkg.Scope() ||
		fi.lit == nil && fi.recv != nil && s.ref.root == fi.recv && s.ref.path != ""
	if !captured && !shared && paramIndex < 0 {
		return nil
	}
	// Whether the function pops the slice it pushed (path = path[:len(path)-1]):
	// then, after a call returns, what it stored may be longer than the slice.
	pops := false
	for _, e := range c.events(fi)[s.ref] {
		if e.kind == evTruncate {
			pops = true
		}
	}
	for _, g := range funcs {
		if !captured && g != fi {
			continue // a declaration's recursive calls are in its own body
		}
		ast.Inspect(g.body, func(n ast.Node) bool {
			if lit, ok := n.(*ast.FuncLit); ok && lit != g.lit {
				return false
			}
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			var callee types.Object
			var recvExpr ast.Expr
			switch fun := ast.Unparen(call.Fun).(type) {
			case *ast.Ident:
				callee = info.Uses[fun]
			case *ast.SelectorExpr:
				callee, recvExpr = info.Uses[fun.Sel], fun.X
			case *ast.IndexExpr:
				if id, ok := fun.X.(*ast.Ident); ok {
					callee = info.Uses[id]
				}
			}
			if callee == nil {
				return true
			}
			// A search that returns whether it found (and stored) a
			// result: its callers stop when it did (if dfs(m) { return
			// true }), which this check cannot tell from the path on
			// which they go on.
			if sig, ok := callee.Type().(*types.Signature); ok && sig.Results().Len() > 0 {
				if b, ok := sig.Results().At(0).Type().Underlying().(*types.Basic); ok && b.Kind() == types.Bool {
					return true
				}
			}
			switch {
			case captured && fi.bound != nil && callee == fi.bound:
				out = append(out, storePoint{fi: g, pos: call.Pos(), ref: s.ref, grew: pops, call: call})
			case fi.lit == nil && fi.obj != nil && sameFunc(callee, fi.obj):
				if shared && s.ref.root == fi.recv {
					if r, ok := c.refOf(recvExpr); !ok || r.root != fi.recv || r.path != "" {
						return true
					}
				}
				if shared {
					out = append(out, storePoint{fi: g, pos: call.Pos(), ref: s.ref, grew: pops, call: call})
				}
			}
			// A recursive call passing the caller's own slice as the
			// stored parameter: backtrack(append(tmp, c)).
			if paramIndex >= 0 && paramIndex < len(call.Args) &&
				(fi.lit == nil && fi.obj != nil && sameFunc(callee, fi.obj) || fi.lit != nil && fi.bound != nil && callee == fi.bound) {
				arg := ast.Unparen(call.Args[paramIndex])
				grew := false
				if ce, ok := arg.(*ast.CallExpr); ok && isBuiltin(info, ce.Fun, "append") && len(ce.Args) > 0 {
					arg, grew = ce.Args[0], true
				}
				if r, full, _, ok := c.sliceOf(arg); ok && !full && r.root == s.ref.root && r.path == "" {
					out = append(out, storePoint{fi: g, pos: call.Pos(), ref: r, grew: grew || pops, call: call})
				}
			}
			return true
		})
	}
	return out
}

// isWindow reports whether e is a slice expression that starts past the
// start of its slice (xs[i:j], not xs[:n] or xs[0:n]).
func isWindow(e ast.Expr) bool {
	sl, ok := ast.Unparen(e).(*ast.SliceExpr)
	if !ok || sl.Low == nil {
		return false
	}
	lit, ok := ast.Unparen(sl.Low).(*ast.BasicLit)
	return !ok || lit.Value != "0"
}

func sameFunc(obj types.Object, fn *types.Func) bool {
	f, ok := obj.(*types.Func)
	return ok && f.Origin() == fn.Origin()
}

// writeAfter returns the first write of p's slice in p's body that control
// can reach from p without the slice getting new backing first, and from
// which the store can happen again (a loop, a recursion) or which races
// with a receiver or a goroutine.
func (c *checker) writeAfter(s *sliceStoreSite, p storePoint, calls []storePoint) (sliceEvent, bool) {
	g := c.flow(p.fi.body)
	if g == nil {
		return sliceEvent{}, false
	}
	evs := append([]sliceEvent(nil), c.events(p.fi)[p.ref]...)
	// A call of the storing function that writes the slice itself (the
	// next recursive call pushes onto path) is a write in this body.
	if callKind, ok := c.ownerWrites(s); ok {
		for _, q := range calls {
			if q.fi == p.fi && q.ref == p.ref && q.call != nil {
				verb := "appends to"
				if callKind == evWrite {
					verb = "writes"
				}
				evs = append(evs, sliceEvent{kind: callKind, pos: q.call.Pos(), what: c.short(q.call) + ", which " + verb + " " + s.ref.name()})
			}
		}
	}
	if len(evs) == 0 {
		return sliceEvent{}, false
	}
	var rebinds, advances []token.Pos
	var truncs []sliceEvent
	for _, e := range evs {
		switch e.kind {
		case evRebind:
			rebinds = append(rebinds, e.pos)
		case evTruncate:
			truncs = append(truncs, e)
		case evAdvance:
			advances = append(advances, e.pos)
		}
	}
	rebinds = append(rebinds, c.prefixRebinds(p.fi, p.ref)...)
	hand := s.kind != storeCollect
	holds := func(n ast.Node, at []token.Pos) bool {
		for _, pos := range at {
			if n.Pos() <= pos && pos < n.End() {
				return true
			}
		}
		return false
	}
	comms := c.selectComms(p.fi)
	stop := func(n ast.Node) bool {
		// A handed-off slice is safe again once the other side said so:
		// a receive (<-done, an acknowledgement), a Wait, a Lock. A
		// select's cases are all evaluated before it (go/cfg): their
		// receives count where the case is chosen (snapPath).
		return holds(n, rebinds) || holds(n, advances) || hand && !comms[n] && waitsForGoroutine(n, true)
	}
	// Going round to the store again, the slice must still be the same
	// array, at the same place (not advanced past the stored part).
	again := func(n ast.Node) bool { return holds(n, rebinds) || holds(n, advances) }
	enter := c.rangeRebinds(p.ref)
	if hand {
		enter = c.handedEnter(p.ref)
	}
	path := snapPath{g: g, stop: stop, enter: enter}
	recursive := p.call != nil && p.fi == s.owner
	sort.Slice(evs, func(i, j int) bool { return evs[i].pos < evs[j].pos })
	for _, w := range evs {
		switch w.kind {
		case evRebind, evTruncate, evAdvance:
			continue
		case evElem:
			if s.kind == storeGoroutine && s.expr == nil {
				continue // a goroutine sharing a slice by index: its own elements, perhaps
			}
		}
		if !path.reaches(p.pos, w.pos) {
			continue
		}
		if w.kind == evAppend && !p.grew {
			// An append writes past the end of what was stored: only
			// after the slice was cut back does it overwrite it.
			cutFirst := false
			for _, t := range truncs {
				if path.reaches(p.pos, t.pos) && path.reaches(t.pos, w.pos) {
					cutFirst = true
					break
				}
			}
			if !cutFirst {
				continue
			}
		}
		if !hand && !recursive && !c.slotVaries(s) {
			continue // the same slot each time: the new value replaces the old
		}
		if !hand && !recursive && !c.storesAgain(snapPath{g: g, stop: again, enter: c.rangeRebinds(p.ref)}, p, w, calls) {
			continue // stored once, then filled: a live window, not a snapshot
		}
		return w, true
	}
	return sliceEvent{}, false
}

// prefixRebinds returns where fi gives new values to the variables and
// fields that ref is reached through (s for s.buf): the path then names
// another slice.
func (c *checker) prefixRebinds(fi *funcInfo, ref sliceRef) []token.Pos {
	if ref.path == "" {
		return nil
	}
	var out []token.Pos
	evs := c.events(fi)
	for p := ref.path; p != ""; {
		p = p[:strings.LastIndex(p, ".")]
		for _, e := range evs[sliceRef{root: ref.root, path: p}] {
			if e.kind == evRebind {
				out = append(out, e.pos)
			}
		}
	}
	// The root itself, when it is not a slice (a struct or pointer
	// variable), is rebound by any assignment to it.
	for _, e := range c.rootAssigns(fi)[ref.root] {
		out = append(out, e)
	}
	return out
}

// rootAssigns returns where fi assigns each variable as a whole.
func (c *checker) rootAssigns(fi *funcInfo) map[*types.Var][]token.Pos {
	if fi.assigns != nil {
		return fi.assigns
	}
	info := c.pass.TypesInfo
	fi.assigns = map[*types.Var][]token.Pos{}
	ast.Inspect(fi.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok {
					if v := identVar(info, id); v != nil {
						fi.assigns[v] = append(fi.assigns[v], n.Pos())
					}
				}
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if id, ok := e.(*ast.Ident); ok {
					if v := identVar(info, id); v != nil {
						fi.assigns[v] = append(fi.assigns[v], id.Pos())
					}
				}
			}
		}
		return true
	})
	return fi.assigns
}

// selectComms returns the communications of fi's select statements.
func (c *checker) selectComms(fi *funcInfo) map[ast.Node]bool {
	out := map[ast.Node]bool{}
	ast.Inspect(fi.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CommClause:
			if n.Comm != nil {
				out[n.Comm] = true
			}
		}
		return true
	})
	return out
}

// A snapPath asks flowGraph's question, can control go from here to there
// without passing a stop, with what this check needs beyond
// flowGraph.reachesAvoiding: a stop can also be the entry of a block (the
// head of a range loop, whose key and value are new each time round, and
// which go/cfg lists once, before the loop; a select case that receives),
// a store that go/cfg does not list as a node (a send that is a select's
// case) starts at its case's body, and the target can be the function's
// exit.
type snapPath struct {
	g     *flowGraph
	stop  func(ast.Node) bool
	enter func(*cfg.Block) bool // entering the block is a stop
}

func (p snapPath) reaches(from, to token.Pos) bool { return p.search(from, to, false) }

// reachesExit reports whether control can leave the function from pos.
func (p snapPath) reachesExit(from token.Pos) bool { return p.search(from, token.NoPos, true) }

func (p snapPath) search(from, to token.Pos, exit bool) bool {
	g := p.g
	if g == nil {
		return false
	}
	dst := flowPoint{block: -1}
	if !exit {
		var ok bool
		if dst, ok = g.point(to); !ok {
			return false
		}
	}
	stop := func(n ast.Node) bool { return p.stop != nil && p.stop(n) }
	blocks := g.cfg.Blocks
	// scan walks the nodes of b from index i: found, or blocked.
	scan := func(b *cfg.Block, i int) (found, blocked bool) {
		for ; i < len(b.Nodes); i++ {
			if int(b.Index) == dst.block && i == dst.idx {
				return true, false
			}
			if stop(b.Nodes[i]) {
				return false, true
			}
		}
		return exit && len(b.Succs) == 0, false
	}
	var start *cfg.Block
	idx := 0
	if src, ok := g.point(from); ok {
		start, idx = blocks[src.block], src.idx+1
	} else {
		for _, b := range blocks {
			if cc, ok := b.Stmt.(*ast.CommClause); ok && b.Kind == cfg.KindSelectCaseBody && b.Live &&
				cc.Comm != nil && cc.Comm.Pos() <= from && from < cc.Comm.End() {
				start = b
				break
			}
		}
		if start == nil {
			return false
		}
	}
	if found, blocked := scan(start, idx); found || blocked {
		return found
	}
	seen := make([]bool, len(blocks))
	stack := append([]*cfg.Block(nil), start.Succs...)
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[b.Index] {
			continue
		}
		seen[b.Index] = true
		if p.enter != nil && p.enter(b) {
			continue
		}
		found, blocked := scan(b, 0)
		if found {
			return true
		}
		if !blocked {
			stack = append(stack, b.Succs...)
		}
	}
	return false
}

// rangeRebinds returns a block-entry stop for the head of every range
// loop whose key or value is ref's variable.
func (c *checker) rangeRebinds(ref sliceRef) func(*cfg.Block) bool {
	return func(b *cfg.Block) bool {
		if b.Kind != cfg.KindRangeLoop {
			return false
		}
		rs, ok := b.Stmt.(*ast.RangeStmt)
		if !ok {
			return false
		}
		for _, e := range []ast.Expr{rs.Key, rs.Value} {
			if id, ok := e.(*ast.Ident); ok && identVar(c.pass.TypesInfo, id) == ref.root {
				return true
			}
		}
		return false
	}
}

// handedEnter is the block-entry stop for a slice sent or handed to a
// goroutine: the head of a range loop that rebinds it, and a select case
// that receives (the other side said it is done).
func (c *checker) handedEnter(ref sliceRef) func(*cfg.Block) bool {
	rebinds := c.rangeRebinds(ref)
	return func(b *cfg.Block) bool {
		if rebinds(b) {
			return true
		}
		if b.Kind == cfg.KindSelectCaseBody {
			if cc, ok := b.Stmt.(*ast.CommClause); ok && cc.Comm != nil && waitsForGoroutine(cc.Comm, true) {
				return true
			}
		}
		return false
	}
}

// ownerWrites says whether the function holding s writes its slice (not
// through a recursive call): with an element write, or an append.
func (c *checker) ownerWrites(s *sliceStoreSite) (eventKind, bool) {
	kind, ok := evAppend, false
	for _, e := range c.events(s.owner)[s.ref] {
		switch e.kind {
		case evWrite, evElem:
			return evWrite, true
		case evAppend:
			ok = true
		}
	}
	return kind, ok
}

// reachesExit reports whether fi can return after pos without giving ref
// new backing.
func (c *checker) reachesExit(fi *funcInfo, pos token.Pos, ref sliceRef) bool {
	var rebinds []token.Pos
	for _, e := range c.events(fi)[ref] {
		if e.kind == evRebind {
			rebinds = append(rebinds, e.pos)
		}
	}
	rebinds = append(rebinds, c.prefixRebinds(fi, ref)...)
	stop := func(n ast.Node) bool {
		for _, p := range rebinds {
			if n.Pos() <= p && p < n.End() {
				return true
			}
		}
		return false
	}
	return snapPath{g: c.flow(fi.body), stop: stop, enter: c.rangeRebinds(ref)}.reachesExit(pos)
}

// short returns the source of a call, shortened for a message.
func (c *checker) short(e ast.Expr) string {
	what := strings.Join(strings.Fields(c.syntax.src(e)), " ")
	if len(what) > 60 {
		what = what[:57] + "..."
	}
	return what
}

// slotVaries reports whether a store that runs again stores into another
// place each time: a new element (append), an element whose index, or a
// field whose holder, the enclosing loop changes (out[i], m[r.ID], in.Args
// of an in made per iteration). Storing into the same map entry or field
// each time (p.index[addr] = txs after removing from txs, i.key = i.keyBuf
// in an iterator) replaces what was stored: a current value, not a
// collection of snapshots.
func (c *checker) slotVaries(s *sliceStoreSite) bool {
	if s.target == nil {
		return true // append(res, tmp)
	}
	info := c.pass.TypesInfo
	if sel, ok := ast.Unparen(s.target).(*ast.SelectorExpr); ok {
		// opts.Exemplars = exemplars, where opts is a local struct value
		// made for one call: a temporary, not a place that keeps it.
		if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
			if v := identVar(info, id); v != nil && v.Pos() >= s.owner.body.Pos() && v.Pos() < s.owner.body.End() {
				if _, isStruct := v.Type().Underlying().(*types.Struct); isStruct {
					return false
				}
			}
		}
	}
	var vars []*types.Var
	ast.Inspect(s.target, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok && !v.IsField() {
				vars = append(vars, v)
			}
		}
		return true
	})
	pos := s.target.Pos()
	varies := false
	ast.Inspect(s.owner.body, func(n ast.Node) bool {
		if varies || n == nil || n.Pos() > pos || n.End() <= pos {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
		default:
			return true
		}
		for _, v := range vars {
			if v.Pos() >= n.Pos() && v.Pos() < n.End() {
				varies = true // declared in the loop: one per iteration
			}
			for _, a := range c.rootAssigns(s.owner)[v] {
				if a >= n.Pos() && a < n.End() {
					varies = true // assigned in the loop
				}
			}
			if c.incremented(n, v) {
				varies = true
			}
		}
		return true
	})
	return varies
}

// incremented reports whether v++ or v-- or v op= x occurs in n.
func (c *checker) incremented(n ast.Node, v *types.Var) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.IncDecStmt:
			if id, ok := ast.Unparen(m.X).(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == v {
				found = true
			}
		case *ast.AssignStmt:
			if m.Tok != token.ASSIGN && m.Tok != token.DEFINE {
				for _, l := range m.Lhs {
					if id, ok := ast.Unparen(l).(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == v {
						found = true
					}
				}
			}
		}
		return !found
	})
	return found
}

// storesAgain reports whether, after the write w, control can come back to
// the store (or to another call that stores) with the slice still the same
// array at the same place: the code collects several snapshots, and the
// earlier ones are the ones the write changes.
func (c *checker) storesAgain(path snapPath, p storePoint, w sliceEvent, calls []storePoint) bool {
	if path.reaches(w.pos, p.pos) {
		return true
	}
	for _, o := range p.fi.stores {
		if o.ref == p.ref && o.expr != nil && o.kind == storeCollect && path.reaches(w.pos, o.expr.Pos()) {
			return true
		}
	}
	for _, q := range calls {
		if q.fi == p.fi && q.ref == p.ref && path.reaches(w.pos, q.pos) {
			return true
		}
	}
	return false
}

// reportSliceStore reports one stored slice and the write that changes it.
func (c *checker) reportSliceStore(file *ast.File, s *sliceStoreSite, p storePoint, w sliceEvent) {
	name := s.ref.name()
	stored := name
	if s.expr != nil {
		stored = c.syntax.src(s.expr)
	}
	var msg string
	where := sprintf("%s, line %d", w.what, c.line(w.pos))
	if w.kind == evAppend {
		where += ", into its spare capacity"
	}
	switch s.kind {
	case storeSend:
		msg = sprintf("%s is sent on %s without a copy, and %s's backing array is written again afterwards (%s) while the receiver may still be reading it",
			quote(stored), s.into[len("channel "):], name, where)
	case storeGoroutine:
		msg = sprintf("%s is handed to a goroutine without a copy, and %s's backing array is written again afterwards (%s) while the goroutine may still be reading it",
			quote(stored), name, where)
	default:
		msg = sprintf("%s is stored in %s without a copy, and %s's backing array is written again afterwards (%s): what %s holds changes with it",
			quote(stored), s.into, name, where, s.into)
	}
	rel := []analysis.RelatedInformation{related(w.pos, "%s's backing array is written here, after the store", name)}
	if p.call != nil {
		rel = append(rel, related(p.call.Pos(), "the call that stores %s returns here", name))
	}
	f := finding{check: StaleView, pos: s.stmt.Pos(), msg: msg, related: rel}
	if s.expr != nil {
		f.pos = s.expr.Pos()
		f.fixes = c.cloneFix(file, s.expr)
	}
	c.report(f)
}

// cloneFix stores a copy of e: slices.Clone(e) where the file may use the
// slices package (importing it if needed), append(e[:0:0], e...) before Go
// 1.21.
func (c *checker) cloneFix(file *ast.File, e ast.Expr) []analysis.SuggestedFix {
	src := c.syntax.src(e)
	name, edits, ok := c.slicesImport(file)
	if ok && !c.namesPackage(name, e.Pos(), "slices") {
		ok = false // a local variable or another package called slices
	}
	var text string
	if ok {
		text = name + ".Clone(" + src + ")"
	} else {
		edits = nil
		text = "append(" + src + "[:0:0], " + src + "...)"
	}
	edits = append([]analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: []byte(text)}}, edits...)
	return []analysis.SuggestedFix{{Message: "Store a copy of " + src, TextEdits: edits}}
}

// slicesImport returns the name the file knows the slices package by, and
// the edit that imports it if it does not yet; ok is false when the file's
// Go version predates the package or the name is taken.
func (c *checker) slicesImport(file *ast.File) (string, []analysis.TextEdit, bool) {
	for _, imp := range file.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		if path != "slices" {
			continue
		}
		if imp.Name == nil {
			return "slices", nil, true
		}
		if imp.Name.Name == "_" || imp.Name.Name == "." {
			return "", nil, false
		}
		return imp.Name.Name, nil, true
	}
	for _, imp := range file.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		if imp.Name != nil && imp.Name.Name == "slices" || imp.Name == nil && path[strings.LastIndex(path, "/")+1:] == "slices" {
			return "", nil, false // golang.org/x/exp/slices
		}
	}
	v := c.pass.TypesInfo.FileVersions[file]
	if v == "" && c.pass.Pkg != nil {
		v = c.pass.Pkg.GoVersion()
	}
	if v == "" || !goAtLeast(v, 21) || file.Scope.Lookup("slices") != nil || c.pass.Pkg.Scope().Lookup("slices") != nil {
		return "", nil, false
	}
	// Insert "slices" where gofmt would keep it: in sorted order in the
	// first import block, or as a block of its own.
	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if !gd.Lparen.IsValid() {
			spec := gd.Specs[0].(*ast.ImportSpec)
			one := c.syntax.src(spec.Path)
			if spec.Name != nil {
				one = spec.Name.Name + " " + one
			}
			lines := []string{one, `"slices"`}
			if p, _ := strconv.Unquote(spec.Path.Value); p > "slices" {
				lines[0], lines[1] = lines[1], lines[0]
			}
			return "slices", []analysis.TextEdit{{Pos: gd.Pos(), End: gd.End(),
				NewText: []byte("import (\n\t" + lines[0] + "\n\t" + lines[1] + "\n)")}}, true
		}
		var below ast.Spec // the last standard library import sorted before slices
		for _, sp := range gd.Specs {
			spec := sp.(*ast.ImportSpec)
			p, _ := strconv.Unquote(spec.Path.Value)
			if strings.Contains(strings.SplitN(p, "/", 2)[0], ".") {
				continue // not the standard library's group
			}
			if p > "slices" {
				return "slices", []analysis.TextEdit{{Pos: spec.Pos(), End: spec.Pos(), NewText: []byte("\"slices\"\n\t")}}, true
			}
			below = spec
		}
		if below != nil {
			return "slices", []analysis.TextEdit{{Pos: below.End(), End: below.End(), NewText: []byte("\n\t\"slices\"")}}, true
		}
		if len(gd.Specs) == 0 {
			return "slices", []analysis.TextEdit{{Pos: gd.Lparen + 1, End: gd.Lparen + 1, NewText: []byte("\n\t\"slices\"\n")}}, true
		}
		first := gd.Specs[0]
		return "slices", []analysis.TextEdit{{Pos: first.Pos(), End: first.Pos(), NewText: []byte("\"slices\"\n\n\t")}}, true
	}
	return "slices", []analysis.TextEdit{{Pos: file.Name.End(), End: file.Name.End(), NewText: []byte("\n\nimport \"slices\"")}}, true
}

// namesPackage reports whether name, at pos, is the package with the given
// path, or nothing yet (an import the fix adds): not a local variable or
// parameter called slices.
func (c *checker) namesPackage(name string, pos token.Pos, path string) bool {
	scope := c.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return false
	}
	_, obj := scope.LookupParent(name, pos)
	if obj == nil {
		return true
	}
	pn, ok := obj.(*types.PkgName)
	return ok && pn.Imported().Path() == path
}

// goAtLeast reports whether a Go version "go1.N[.x]" is at least 1.minor.
func goAtLeast(v string, minor int) bool {
	return version.IsValid(v) && version.Compare(v, "go1."+strconv.Itoa(minor)) >= 0
}

// checkElementExtends reports the subsets bug of golang/go#33111: an
// element of a slice of slices is extended with append and the result is
// stored in the same collection, in nested loops, so the same element is
// extended again later: every extension writes the element's spare
// capacity, which the results stored before share.
//
//	for _, x := range nums {
//		for j := 0; j < n; j++ {
//			t := res[j]
//			t = append(t, x) // VC1002
//			res = append(res, t)
//		}
//	}
func (c *checker) checkElementExtends(fi *funcInfo) {
	info := c.pass.TypesInfo
	type def struct {
		coll sliceRef
		pos  token.Pos
		as   string // res[j], as written
	}
	type extend struct {
		call *ast.CallExpr
		v    *types.Var // t, or nil for append(res[j], x) written in place
		coll sliceRef
		as   string
	}
	defs := map[*types.Var][]def{}
	storedIn := map[*types.Var][]struct {
		coll sliceRef
		pos  token.Pos
	}{}
	var extends []extend
	isColl := func(e ast.Expr) (sliceRef, bool) {
		outer, ok := typeUnder[*types.Slice](info.TypeOf(e))
		if !ok || !isSliceType(outer.Elem()) {
			return sliceRef{}, false
		}
		return c.refOf(e)
	}
	// element returns C for C[j] where C is a slice of slices.
	element := func(e ast.Expr) (sliceRef, bool) {
		ix, ok := ast.Unparen(e).(*ast.IndexExpr)
		if !ok {
			return sliceRef{}, false
		}
		return isColl(ix.X)
	}
	var loops []ast.Node
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ForStmt, *ast.RangeStmt:
			if r, ok := n.(*ast.RangeStmt); ok {
				if id, ok := r.Value.(*ast.Ident); ok {
					if coll, ok := isColl(r.X); ok {
						if v := identVar(info, id); v != nil {
							defs[v] = append(defs[v], def{coll, id.Pos(), c.syntax.src(r.X) + "'s element"})
						}
					}
				}
			}
			loops = append(loops, n)
			ast.Inspect(n, func(m ast.Node) bool {
				if m == n {
					return true
				}
				return visit(m)
			})
			loops = loops[:len(loops)-1]
			return false
		case *ast.AssignStmt:
			if len(n.Lhs) == 1 && len(n.Rhs) == 1 {
				if id, ok := ast.Unparen(n.Lhs[0]).(*ast.Ident); ok {
					if coll, ok := element(n.Rhs[0]); ok {
						if v := identVar(info, id); v != nil {
							defs[v] = append(defs[v], def{coll, n.Pos(), c.syntax.src(n.Rhs[0])})
						}
					}
				}
			}
		case *ast.CallExpr:
			if !isBuiltin(info, n.Fun, "append") || len(n.Args) < 2 {
				return true
			}
			if coll, ok := isColl(n.Args[0]); ok && !n.Ellipsis.IsValid() {
				for _, a := range n.Args[1:] {
					a = ast.Unparen(a)
					if id, ok := a.(*ast.Ident); ok {
						if v := identVar(info, id); v != nil {
							storedIn[v] = append(storedIn[v], struct {
								coll sliceRef
								pos  token.Pos
							}{coll, id.Pos()})
						}
					}
					if in, ok := a.(*ast.CallExpr); ok && isBuiltin(info, in.Fun, "append") && len(in.Args) > 1 && len(loops) >= 2 {
						if ic, ok := element(in.Args[0]); ok && ic == coll {
							extends = append(extends, extend{call: in, coll: coll, as: c.syntax.src(in.Args[0])})
						}
					}
				}
			}
			if id, ok := ast.Unparen(n.Args[0]).(*ast.Ident); ok && len(loops) >= 2 && isSliceType(info.TypeOf(id)) {
				if v := identVar(info, id); v != nil {
					extends = append(extends, extend{call: n, v: v})
				}
			}
		}
		return true
	}
	ast.Inspect(fi.body, visit)
	if len(extends) == 0 {
		return
	}
	g := c.flow(fi.body)
	if g == nil {
		return
	}
	for _, e := range extends {
		if e.v == nil {
			c.reportElementExtend(e.call, e.as, e.as, e.coll, e.call.Pos())
			continue
		}
		var rebinds []token.Pos
		for _, ev := range c.events(fi)[sliceRef{root: e.v}] {
			if ev.kind == evRebind {
				rebinds = append(rebinds, ev.pos)
			}
		}
		stop := func(n ast.Node) bool {
			for _, p := range rebinds {
				if n.Pos() <= p && p < n.End() {
					return true
				}
			}
			return false
		}
	defs:
		for _, d := range defs[e.v] {
			if !(snapPath{g: g, stop: stop}).reaches(d.pos, e.call.Pos()) {
				continue
			}
			for _, st := range storedIn[e.v] {
				if st.coll == d.coll && (snapPath{g: g, stop: stop, enter: c.rangeRebinds(sliceRef{root: e.v})}).reaches(e.call.Pos(), st.pos) {
					c.reportElementExtend(e.call, e.v.Name(), d.as, d.coll, st.pos)
					break defs
				}
			}
		}
	}
}

// reportElementExtend reports one extension of a stored element.
func (c *checker) reportElementExtend(call *ast.CallExpr, name, as string, coll sliceRef, stored token.Pos) {
	first := call.Args[0]
	src := c.syntax.src(first)
	msg := sprintf("%s extends %s, which is %s, a slice already stored in %s: while it has spare capacity the append writes memory that element shares, and the next extension of the same element overwrites what this one stored",
		c.short(call), quote(name), as, coll.name())
	if name == as {
		msg = sprintf("%s extends %s, a slice already stored in %s: while it has spare capacity the append writes memory that element shares, and the next extension of the same element overwrites what this one stored",
			c.short(call), as, coll.name())
	}
	c.report(finding{
		check:   StaleView,
		pos:     call.Pos(),
		msg:     msg,
		related: []analysis.RelatedInformation{related(stored, "the extended slice is stored in %s here", coll.name())},
		fixes: []analysis.SuggestedFix{{
			Message: "Cap " + src + " so that append copies it",
			TextEdits: []analysis.TextEdit{{Pos: first.Pos(), End: first.End(),
				NewText: []byte(src + "[:len(" + src + "):len(" + src + ")]")}},
		}},
	})
}

// writesSlices returns the slice parameters a function of this package
// (found by findSliceWriters) or of another (by its fact) writes.
func (c *checker) writesSlices(fn *types.Func) uint64 {
	if bits, ok := c.sliceWriters[fn]; ok {
		return bits
	}
	var fact alias.WritesSlices
	if fn.Pkg() != nil && fn.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(fn, &fact) {
		return fact.Params
	}
	return 0
}

// findSliceWriters finds the functions of the package that write the
// elements of one of their slice parameters (fill(buf), a sort of their
// own, a helper that does) without giving it new memory first, and
// exports that as a fact for the packages that call them.
func (c *checker) findSliceWriters() {
	info := c.pass.TypesInfo
	type fn struct {
		obj    *types.Func
		fi     *funcInfo
		params map[*types.Var]int
	}
	var fns []*fn
	for _, fd := range c.funcDecls() {
		decl, obj := fd.decl, fd.obj
		params := map[*types.Var]int{}
		i := 0
		if decl.Recv != nil {
			for _, field := range decl.Recv.List {
				i += max(1, len(field.Names))
			}
		}
		for _, v := range fieldVars(info, decl.Type.Params) {
			if v != nil && isSliceType(v.Type()) && i < 64 {
				params[v] = i
			}
			i++
		}
		if len(params) > 0 {
			fns = append(fns, &fn{obj: obj, fi: &funcInfo{body: decl.Body}, params: params})
		}
	}
	c.sliceWriters = make(map[*types.Func]uint64, len(fns))
	// Helpers calling helpers: a few rounds, the bits only grow.
	for changed, rounds := true, 0; changed && rounds < 4; rounds++ {
		changed = false
		for _, f := range fns {
			f.fi.events = nil
			var bits uint64
			evs := c.events(f.fi)
			for v, i := range f.params {
				writes, rebound := false, false
				for _, e := range evs[sliceRef{root: v}] {
					switch e.kind {
					case evWrite, evElem:
						writes = true
					case evRebind:
						rebound = true
					}
				}
				if writes && !rebound {
					bits |= 1 << uint(i)
				}
			}
			if bits != c.sliceWriters[f.obj] {
				c.sliceWriters[f.obj], changed = bits, true
			}
		}
	}
	for _, f := range fns {
		if bits := c.sliceWriters[f.obj]; bits != 0 {
			c.pass.ExportObjectFact(f.obj, &alias.WritesSlices{Params: bits})
		}
	}
}
