package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"go/version"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
)

// VC1009's Go-slice half. The model half (vc1009_keptwrite.go) follows the
// array types of ndarray and gonum through SSA, in the packages involved
// with them; this half is syntactic and runs in every package, for plain
// Go slices kept by the user's own constructors and setters and by the
// standard library's keepers (bytes.NewBuffer, bytes.NewReader,
// (*bufio.Scanner).Buffer: the contract word "keeps").
//
// It has two parts. Inference: a function keeps its slice parameter p when
// it stores p (or a slice of it) in what it returns (return &Queue{items:
// p}, or q := &Queue{}; q.items = p; return q), in its pointer receiver
// (q.items = p), or passes it to a function that keeps it there; that is
// exported as a KeepsSlice fact, so keepers in other packages count. Call
// sites: a caller that writes the slice after handing it to a keeper,
// while the value that keeps it is used after the write, is reported
// (adrianbrad/queue#41), and so is a loop that stores a value built over
// one slice per iteration while it rewrites that slice (gonum/matrix#427
// with plain slices, securego/gosec#1115's Data: id[:]).

// KeepsSlice is the fact on a function that keeps some of its slice
// parameters without copying them: bit i, parameter i numbered as in
// ssa.Function.Params (the receiver first).
type KeepsSlice struct {
	Result uint64 // kept by a value the function returns
	Recv   uint64 // kept by its receiver (a setter)
	// WritesRecv is set on a method that writes the elements of a slice
	// its receiver holds (v.data[i] = x, copy(v.data, ...)): through a
	// value that keeps a caller's slice, it writes the caller's slice.
	WritesRecv bool
	// WritesParams has bit i set when the function writes the elements of
	// its slice parameter i (fill(dst, v)): a caller passing a kept slice
	// writes it.
	WritesParams uint64
}

// AFact marks KeepsSlice as an analysis fact.
func (*KeepsSlice) AFact() {}

func (k *KeepsSlice) String() string {
	return fmt.Sprintf("keeps slices %b in its result, %b in its receiver; writes its receiver's slices: %v; writes parameters %b", k.Result, k.Recv, k.WritesRecv, k.WritesParams)
}

// keeperFunc is one function of the package during inference.
type keeperFunc struct {
	decl     *ast.FuncDecl
	obj      *types.Func
	params   map[*types.Var]int
	recv     *types.Var
	ptrRecv  bool
	returned map[*types.Var]bool // locals (and the receiver) some return statement returns
	keeps    KeepsSlice
}

// keptSlices is the state of the half for one package.
type keptSlices struct {
	c     *checker
	info  *types.Info
	byObj map[*types.Func]*keeperFunc
}

// checkKeptSlices infers the package's keepers, exports them as facts and
// reports the callers that write a kept slice.
func (c *checker) checkKeptSlices() {
	k := &keptSlices{c: c, info: c.pass.TypesInfo, byObj: make(map[*types.Func]*keeperFunc)}
	k.infer()
	for _, f := range k.byObj {
		if f.keeps.Result|f.keeps.Recv|f.keeps.WritesParams != 0 || f.keeps.WritesRecv {
			fact := f.keeps
			c.pass.ExportObjectFact(f.obj, &fact)
		}
	}
	if c.factsOnly {
		return
	}
	c.eachBody(k.checkBody)
}

// keeperOf says which parameters a callee keeps: by what this package has
// inferred so far, by a contract of the standard library, or by an
// imported fact.
func (k *keptSlices) keeperOf(callee *types.Func) KeepsSlice {
	if callee == nil {
		return KeepsSlice{}
	}
	callee = callee.Origin()
	if f := k.byObj[callee]; f != nil {
		return f.keeps
	}
	if callee.Pkg() == nil {
		return KeepsSlice{}
	}
	if s := k.c.contracts.contractSummary(callee); s != nil {
		if s.Stores == 0 {
			return KeepsSlice{}
		}
		// A method that returns nothing of its own keeps the slice in its
		// receiver ((*bufio.Scanner).Buffer); anything else keeps it in
		// what it returns (bytes.NewBuffer).
		sig := callee.Type().(*types.Signature)
		if sig.Recv() != nil && !returnsResult(sig) {
			return KeepsSlice{Recv: s.Stores}
		}
		return KeepsSlice{Result: s.Stores}
	}
	var fact KeepsSlice
	if callee.Pkg() != k.c.pass.Pkg && k.c.pass.ImportObjectFact(callee, &fact) {
		return fact
	}
	return KeepsSlice{}
}

// infer finds the package's keepers, helpers through helpers, to a fixed
// point (the bits only grow).
func (k *keptSlices) infer() {
	var fns []*keeperFunc
	for _, fd := range k.c.funcDecls() {
		decl, obj := fd.decl, fd.obj
		params := sliceParams(k.info, decl)
		if len(params) == 0 && decl.Recv == nil {
			continue
		}
		f := &keeperFunc{decl: decl, obj: obj, params: params}
		if decl.Recv != nil && len(decl.Recv.List) == 1 && len(decl.Recv.List[0].Names) == 1 {
			f.recv, _ = k.info.Defs[decl.Recv.List[0].Names[0]].(*types.Var)
			if f.recv != nil {
				_, f.ptrRecv = f.recv.Type().Underlying().(*types.Pointer)
			}
		}
		f.returned = returnedVars(k.info, decl)
		fns = append(fns, f)
		k.byObj[obj] = f
	}
	for changed, rounds := true, 0; changed && rounds < 16; rounds++ {
		changed = false
		for _, f := range fns {
			got := k.keepsOf(f)
			if got != f.keeps {
				f.keeps, changed = got, true
			}
		}
	}
}

// returnedVars lists the variables a function returns by name (return q,
// return &q), outside its function literals.
func returnedVars(info *types.Info, decl *ast.FuncDecl) map[*types.Var]bool {
	out := make(map[*types.Var]bool)
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				e := ast.Unparen(r)
				if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
					e = ast.Unparen(u.X)
				}
				if id, ok := e.(*ast.Ident); ok {
					if v := asVar(info, id); v != nil {
						out[v] = true
					}
				}
			}
		}
		return true
	})
	return out
}

// keepsOf computes which parameters f keeps, given what is known of its
// callees.
func (k *keptSlices) keepsOf(f *keeperFunc) KeepsSlice {
	var out KeepsSlice
	// sink adds what e holds to the value that lhs, an assignment's
	// target, belongs to: the receiver, or a local that is returned.
	sink := func(lhs ast.Expr, bits uint64) {
		if bits == 0 {
			return
		}
		root := rootVarOf(k.info, lhs)
		if root == nil {
			return
		}
		if f.returned[root] {
			out.Result |= bits
		}
		if root == f.recv && f.ptrRecv {
			if _, plain := ast.Unparen(lhs).(*ast.Ident); !plain {
				out.Recv |= bits
			}
		}
	}
	ast.Inspect(f.decl.Body, func(n ast.Node) bool {
		if f.recv != nil && !out.WritesRecv && k.writesRecvSlice(n, f.recv) {
			out.WritesRecv = true
		}
		out.WritesParams |= k.writesParams(n, f.params)
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				out.Result |= k.holds(r, f.params, true)
			}
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				return true
			}
			for i, lhs := range n.Lhs {
				_, plain := ast.Unparen(lhs).(*ast.Ident)
				// q := p is the same slice under another name, not a
				// value that keeps it; q.items = p is.
				sink(lhs, k.holds(n.Rhs[i], f.params, plain))
			}
		case *ast.ValueSpec:
			if len(n.Names) != len(n.Values) {
				return true
			}
			for i, name := range n.Names {
				sink(name, k.holds(n.Values[i], f.params, true))
			}
		case *ast.CallExpr:
			// x.set(p), where set keeps p in its receiver x.
			callee := staticCallee(k.info, n)
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if callee == nil || !ok || !isMethodCall(k.info, sel) {
				return true
			}
			if recvBits := k.keeperOf(callee).Recv; recvBits != 0 {
				var bits uint64
				forKeptArgs(callee, n, recvBits, func(arg ast.Expr) {
					bits |= k.holds(arg, f.params, false)
				})
				x := ast.Unparen(sel.X)
				if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
					x = u.X
				}
				if root := rootVarOf(k.info, x); root != nil {
					if f.returned[root] {
						out.Result |= bits
					}
					if root == f.recv && f.ptrRecv {
						out.Recv |= bits
					}
				}
			}
		}
		return true
	})
	return out
}

// writesParams returns the slice parameters whose elements n writes.
func (k *keptSlices) writesParams(n ast.Node, params map[*types.Var]int) uint64 {
	var bits uint64
	for v, i := range params {
		if i >= 64 {
			continue
		}
		w := false
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				w = w || k.elementOfSlice(lhs, v)
			}
		case *ast.IncDecStmt:
			w = k.elementOfSlice(n.X, v)
		case *ast.CallExpr:
			w = k.writesArg(n, v)
		}
		if w {
			bits |= 1 << uint(i)
		}
	}
	return bits
}

// writesRecvSlice reports whether n writes the elements of a slice held by
// recv: recv.f[i] = x (or recv[i] for a slice type), copy(recv.f, ...),
// clear, a contract's "writes", or a method of recv that does.
func (k *keptSlices) writesRecvSlice(n ast.Node, recv *types.Var) bool {
	held := func(e ast.Expr) bool {
		e = ast.Unparen(e)
		if sl, ok := e.(*ast.SliceExpr); ok {
			e = ast.Unparen(sl.X)
		}
		if _, isSlice := underOf(k.info.TypeOf(e)).(*types.Slice); !isSlice {
			return false
		}
		return rootVarOf(k.info, e) == recv
	}
	elem := func(lhs ast.Expr) bool {
		for {
			switch x := ast.Unparen(lhs).(type) {
			case *ast.IndexExpr:
				if _, isSlice := underOf(k.info.TypeOf(x.X)).(*types.Slice); isSlice {
					return held(x.X)
				}
				lhs = x.X
			case *ast.SelectorExpr:
				if s := k.info.Selections[x]; s == nil || s.Kind() != types.FieldVal || s.Indirect() {
					return false
				}
				lhs = x.X
			default:
				return false
			}
		}
	}
	switch n := n.(type) {
	case *ast.AssignStmt:
		for _, lhs := range n.Lhs {
			if elem(lhs) {
				return true
			}
		}
	case *ast.IncDecStmt:
		return elem(n.X)
	case *ast.CallExpr:
		if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
			if b, ok := k.info.Uses[id].(*types.Builtin); ok {
				return (b.Name() == "copy" || b.Name() == "clear") && len(n.Args) > 0 && held(n.Args[0])
			}
		}
		callee := staticCallee(k.info, n)
		if callee == nil {
			return false
		}
		if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && isMethodCall(k.info, sel) {
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && asVar(k.info, id) == recv && k.keeperOf(callee).WritesRecv {
				return true
			}
		}
		if s := k.c.contracts.contractSummary(callee.Origin()); s != nil && s.Writes != 0 {
			found := false
			forKeptArgs(callee, n, s.Writes, func(a ast.Expr) {
				if held(a) {
					found = true
				}
			})
			return found
		}
	}
	return false
}

// holds returns the parameters (bits) that a value computed by e keeps:
// a parameter or a slice of it, inside a composite literal or a function
// literal, or passed to a function that keeps it in its result. At the top
// of a return or a plain assignment (top), the parameter itself is the
// same slice, not a value that keeps it.
func (k *keptSlices) holds(e ast.Expr, params map[*types.Var]int, top bool) uint64 {
	e = ast.Unparen(e)
	if v := paramSliceOf(k.info, e, params); v != nil {
		if top {
			return 0
		}
		return 1 << uint(params[v])
	}
	switch x := e.(type) {
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return k.holds(x.X, params, false)
		}
	case *ast.CompositeLit:
		var bits uint64
		for _, elt := range x.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			bits |= k.holds(elt, params, false)
		}
		return bits
	case *ast.FuncLit:
		// A returned closure that reads p keeps it.
		var bits uint64
		ast.Inspect(x.Body, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if v := asVar(k.info, id); v != nil {
					if i, ok := params[v]; ok && i < 64 {
						bits |= 1 << uint(i)
					}
				}
			}
			return true
		})
		return bits
	case *ast.CallExpr:
		if tv, ok := k.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return k.holds(x.Args[0], params, top) // a conversion
		}
		callee := staticCallee(k.info, x)
		if callee == nil {
			return 0
		}
		var bits uint64
		if res := k.keeperOf(callee).Result; res != 0 {
			forKeptArgs(callee, x, res, func(arg ast.Expr) {
				bits |= k.holds(arg, params, false)
			})
		}
		return bits
	}
	return 0
}

// paramSliceOf returns the parameter e is, or slices (p, p[i:j]), or nil.
func paramSliceOf(info *types.Info, e ast.Expr, params map[*types.Var]int) *types.Var {
	e = ast.Unparen(e)
	if sl, ok := e.(*ast.SliceExpr); ok {
		e = ast.Unparen(sl.X)
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return nil
	}
	v := asVar(info, id)
	if _, ok := params[v]; ok && params[v] < 64 {
		return v
	}
	return nil
}

// forKeptArgs calls fn with each argument of call (the receiver is
// parameter 0 of a method) whose parameter's bit is set in bits. A
// variadic parameter's argument counts only when the caller passes its own
// slice (f(s...)).
func forKeptArgs(callee *types.Func, call *ast.CallExpr, bits uint64, fn func(arg ast.Expr)) {
	sig, ok := callee.Type().(*types.Signature)
	if !ok {
		return
	}
	offset := 0
	if sig.Recv() != nil {
		offset = 1
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && bits&1 != 0 {
			fn(sel.X)
		}
	}
	n := sig.Params().Len()
	for j, arg := range call.Args {
		i := j + offset
		if i >= 64 || bits&(1<<uint(i)) == 0 {
			continue
		}
		if sig.Variadic() && j >= n-1 && !call.Ellipsis.IsValid() {
			continue // f(a, b): a slice made for the call
		}
		fn(arg)
	}
}

// isMethodCall reports whether sel, the function of a call, selects a
// method of a value (not a method expression T.M, whose arguments are
// numbered differently).
func isMethodCall(info *types.Info, sel *ast.SelectorExpr) bool {
	s := info.Selections[sel]
	return s != nil && s.Kind() == types.MethodVal
}

// rootVarOf returns the variable an lvalue like q, q.f, q.f[i], *q starts
// from.
func rootVarOf(info *types.Info, e ast.Expr) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			if v, ok := info.Defs[x].(*types.Var); ok {
				return v
			}
			return asVar(info, x)
		case *ast.SelectorExpr:
			if s := info.Selections[x]; s == nil || s.Kind() != types.FieldVal {
				return nil
			}
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// A keepSite is a call (or, in a loop, a composite literal) that hands a
// slice variable of the function to a value that keeps it.
type keepSite struct {
	at         token.Pos // the call or literal
	arg        ast.Expr  // the slice as written (s, s[:n], id[:])
	slice      *types.Var
	keeper     string     // the function that keeps it, as written
	holder     *types.Var // the variable holding the value that keeps it
	collection bool       // holder is a slice or map the values are stored in
}

// checkBody reports the kept slices written in one function body (not in
// the function literals inside it, which are bodies of their own).
func (k *keptSlices) checkBody(file *ast.File, body *ast.BlockStmt) {
	sites := k.keepSites(body)
	if len(sites) == 0 {
		return
	}
	g := k.c.flow(body)
	if g == nil {
		return
	}
	for _, s := range sites {
		k.checkSite(file, body, g, s)
		if !s.collection {
			k.checkLoopMutation(file, body, g, s)
		}
	}
}

// checkLoopMutation reports gonum/matrix#427's shape with plain slices: a
// value built in each iteration of a loop over one slice declared outside
// it, and changed through a method that writes the slice it holds, so that
// each iteration starts from what the previous one left (the author, who
// builds the value inside the loop, expects it fresh). The slice must be
// used nowhere but in the keeping calls (a slice read elsewhere may be
// state updated in place on purpose), and the value's type must hold one
// slice only (so that the method writes the one kept).
func (k *keptSlices) checkLoopMutation(file *ast.File, body *ast.BlockStmt, g *flowGraph, s keepSite) {
	if !g.inLoop(s.at) || declaredInInnermostLoop(body, s.slice, s.at) || !declaredInInnermostLoop(body, s.holder, s.at) {
		return
	}
	if !singleSliceHolder(s.holder.Type(), s.slice.Type()) || !k.onlyKept(file, s) {
		return
	}
	keepNode, ok := g.point(s.at)
	if !ok {
		return
	}
	var found *ast.CallExpr
	inspectBody(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found != nil {
			return found == nil
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || !isMethodCall(k.info, sel) || k.identVar(sel.X) != s.holder {
			return true
		}
		if !k.keeperOf(staticCallee(k.info, call)).WritesRecv {
			return true
		}
		// The value built here is the one written, and the write reaches
		// the next iteration's keeping call over the same slice.
		if g.reachesAvoiding(s.at, call.Pos(), func(n ast.Node) bool { return n != keepNode.node && k.assigns(n, s.holder) }) &&
			g.reachesAvoiding(call.Pos(), s.at, func(n ast.Node) bool { return k.assigns(n, s.slice) }) {
			found = call
		}
		return true
	})
	if found == nil {
		return
	}
	slice := types.ExprString(s.arg)
	method := types.ExprString(found.Fun)
	k.c.report(finding{
		check: KeptWrite,
		pos:   found.Pos(),
		msg: sprintf("%s is kept without a copy by %s in %s, built afresh each iteration, but %s writes the slice it holds: the next iteration's %s starts from what this one left in %s",
			quote(slice), s.keeper, quote(s.holder.Name()), method, s.holder.Name(), s.slice.Name()),
		related: []analysis.RelatedInformation{
			related(s.at, "%s is built here each iteration over the same %s", s.holder.Name(), s.slice.Name()),
		},
		fixes: k.cloneFix(file, s),
	})
}

// singleSliceHolder reports whether t (or what it points to) is a slice
// type, or a struct with exactly one field of a slice type, that field of
// the same element type as the kept slice.
func singleSliceHolder(t, kept types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	ks, ok := kept.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return types.Identical(u.Elem(), ks.Elem())
	case *types.Struct:
		n := 0
		same := false
		for i := 0; i < u.NumFields(); i++ {
			if fs, ok := u.Field(i).Type().Underlying().(*types.Slice); ok {
				n++
				same = types.Identical(fs.Elem(), ks.Elem())
			}
		}
		return n == 1 && same
	}
	return false
}

// onlyKept reports whether the file uses the site's slice only in
// keeping calls' arguments (and its declaration).
func (k *keptSlices) onlyKept(file *ast.File, s keepSite) bool {
	only := true
	ast.Inspect(file, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || !only || k.info.Uses[id] != s.slice {
			return only
		}
		if !(s.arg.Pos() <= id.Pos() && id.Pos() < s.arg.End()) {
			only = false
		}
		return only
	})
	return only
}

// inspectBody walks body without entering function literals.
func inspectBody(body *ast.BlockStmt, fn func(ast.Node) bool) {
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		return fn(n)
	})
}

// keepSites finds where body hands one of its slice variables to a keeper.
func (k *keptSlices) keepSites(body *ast.BlockStmt) []keepSite {
	var out []keepSite
	// fromCall adds the sites of one call whose value (or receiver) holder
	// keeps.
	fromCall := func(call *ast.CallExpr, holder *types.Var, recv bool, collection bool) {
		callee := staticCallee(k.info, call)
		if callee == nil || holder == nil || !k.plainHolder(holder, collection) {
			return
		}
		ks := k.keeperOf(callee)
		bits := ks.Result
		if recv {
			bits = ks.Recv &^ 1
		}
		if bits == 0 {
			return
		}
		forKeptArgs(callee, call, bits, func(arg ast.Expr) {
			if v := k.localSlice(arg); v != nil {
				out = append(out, keepSite{at: call.Pos(), arg: arg, slice: v, keeper: types.ExprString(call.Fun), holder: holder, collection: collection})
			}
		})
	}
	// fromStored adds the sites of a value stored in a collection in a
	// loop: a keeper's call, or a composite literal holding a slice.
	var fromStored func(e ast.Expr, coll *types.Var)
	fromStored = func(e ast.Expr, coll *types.Var) {
		switch x := ast.Unparen(e).(type) {
		case *ast.CallExpr:
			fromCall(x, coll, false, true)
		case *ast.UnaryExpr:
			if x.Op == token.AND {
				fromStored(x.X, coll)
			}
		case *ast.CompositeLit:
			if !k.plainHolder(coll, true) {
				return
			}
			for _, elt := range x.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					elt = kv.Value
				}
				if v := k.localSlice(elt); v != nil {
					out = append(out, keepSite{at: x.Pos(), arg: elt, slice: v, keeper: "the composite literal", holder: coll, collection: true})
				} else if _, nested := ast.Unparen(elt).(*ast.CompositeLit); nested {
					fromStored(elt, coll)
				}
			}
		}
	}
	inspectBody(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Rhs) == 1 && len(n.Lhs) > 1 {
				// q, err := New(s): the first result is the value.
				if call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr); ok {
					fromCall(call, k.identVar(n.Lhs[0]), false, false)
				}
				return true
			}
			if len(n.Lhs) != len(n.Rhs) {
				return true
			}
			for i, lhs := range n.Lhs {
				rhs := ast.Unparen(n.Rhs[i])
				if coll := appendTo(k.info, lhs, rhs); coll != nil {
					for _, a := range rhs.(*ast.CallExpr).Args[1:] {
						fromStored(a, coll)
					}
					continue
				}
				if ix, ok := ast.Unparen(lhs).(*ast.IndexExpr); ok {
					if _, isMap := underOf(k.info.TypeOf(ix.X)).(*types.Map); isMap {
						if coll := k.identVar(ix.X); coll != nil {
							fromStored(rhs, coll)
						}
					}
					continue
				}
				if call, ok := rhs.(*ast.CallExpr); ok {
					fromCall(call, k.identVar(lhs), false, false)
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, name := range n.Names {
					if call, ok := ast.Unparen(n.Values[i]).(*ast.CallExpr); ok {
						fromCall(call, k.identVar(name), false, false)
					}
				}
			}
		case *ast.ExprStmt:
			// q.SetItems(s): the receiver keeps it.
			call, ok := ast.Unparen(n.X).(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok || !isMethodCall(k.info, sel) {
				return true
			}
			x := ast.Unparen(sel.X)
			if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
				x = u.X
			}
			fromCall(call, k.identVar(x), true, false)
		}
		return true
	})
	return out
}

// appendTo returns coll when lhs = rhs is coll = append(coll, ...).
func appendTo(info *types.Info, lhs, rhs ast.Expr) *types.Var {
	call, ok := rhs.(*ast.CallExpr)
	if !ok || len(call.Args) < 2 || call.Ellipsis.IsValid() {
		return nil
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); !ok || id.Name != "append" {
		return nil
	} else if _, builtin := info.Uses[id].(*types.Builtin); !builtin {
		return nil
	}
	l, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return nil
	}
	a, ok := ast.Unparen(call.Args[0]).(*ast.Ident)
	if !ok || asVar(info, a) == nil || asVar(info, a) != asVar(info, l) {
		return nil
	}
	return asVar(info, l)
}

func underOf(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}

// identVar returns the local variable e names (defined or used), or nil.
func (k *keptSlices) identVar(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	v, _ := k.info.Defs[id].(*types.Var)
	if v == nil {
		v = asVar(k.info, id)
	}
	if v == nil || !isLocal(v) {
		return nil
	}
	return v
}

func isLocal(v *types.Var) bool {
	return !v.IsField() && v.Parent() != nil && v.Pkg() != nil && v.Parent() != v.Pkg().Scope()
}

// plainHolder reports whether the value that keeps is this half's to
// judge: not an array type of ndarray or gonum, which the model half
// follows (and reports).
func (k *keptSlices) plainHolder(v *types.Var, collection bool) bool {
	t := v.Type()
	if collection {
		switch u := t.Underlying().(type) {
		case *types.Slice:
			t = u.Elem()
		case *types.Map:
			t = u.Elem()
		default:
			return false
		}
	}
	return !k.c.isArray(t)
}

// localSlice returns the local slice variable arg is or slices (s,
// s[i:j]), or the local array variable it slices (id[:]), or nil.
func (k *keptSlices) localSlice(arg ast.Expr) *types.Var {
	e := ast.Unparen(arg)
	sliced := false
	if sl, ok := e.(*ast.SliceExpr); ok {
		if isZero(sl.High) {
			return nil // s[:0] keeps no element of s
		}
		e, sliced = ast.Unparen(sl.X), true
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return nil
	}
	v := asVar(k.info, id)
	if v == nil || !isLocal(v) {
		return nil
	}
	switch v.Type().Underlying().(type) {
	case *types.Slice:
		return v
	case *types.Array:
		if sliced {
			return v
		}
	}
	return nil
}

// A sliceWrite is a statement that writes the elements of a slice
// variable.
type sliceWrite struct {
	pos  token.Pos // where it is reported
	flow token.Pos // where it happens in the control flow graph
	what string    // "each iteration" for a range statement's variable
}

// sliceWrites lists the writes to v's elements in body, outside function
// literals, in source order: s[i] = x, s[i]++, copy(s, ...), clear(s),
// calls whose contract says they write it (sort.Ints(s)); for an array,
// also id = x. For a range variable shared by all iterations (an array
// range value before Go 1.22), the range statement itself.
func (k *keptSlices) sliceWrites(file *ast.File, body *ast.BlockStmt, v *types.Var) []sliceWrite {
	var out []sliceWrite
	_, isArray := v.Type().Underlying().(*types.Array)
	sharedRange := isArray && !perIterationLoopVars(k.info, k.c.pass.Pkg, file)
	inspectBody(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if k.elementOfSlice(lhs, v) || isArray && n.Tok == token.ASSIGN && k.identVar(lhs) == v {
					out = append(out, sliceWrite{pos: n.Pos(), flow: n.Pos()})
					break
				}
			}
		case *ast.IncDecStmt:
			if k.elementOfSlice(n.X, v) {
				out = append(out, sliceWrite{pos: n.Pos(), flow: n.Pos()})
			}
		case *ast.RangeStmt:
			if sharedRange && n.Tok == token.DEFINE {
				for _, e := range []ast.Expr{n.Key, n.Value} {
					// go/cfg assigns the range variables once, before the
					// loop: each iteration's assignment is placed at the
					// top of the body.
					if e != nil && k.info.Defs[identOf(e)] == v && len(n.Body.List) > 0 {
						out = append(out, sliceWrite{pos: e.Pos(), flow: n.Body.List[0].Pos(), what: "each iteration"})
					}
				}
			}
		case *ast.CallExpr:
			if k.writesArg(n, v) {
				out = append(out, sliceWrite{pos: n.Pos(), flow: n.Pos()})
			}
		}
		return true
	})
	return out
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := e.(*ast.Ident)
	return id
}

// perIterationLoopVars reports whether the file's loops make their
// variables per iteration (Go 1.22 and later).
func perIterationLoopVars(info *types.Info, pkg *types.Package, file *ast.File) bool {
	v := info.FileVersions[file]
	if v == "" {
		v = pkg.GoVersion()
	}
	return v == "" || version.Compare(v, "go1.22") >= 0
}

// elementOfSlice reports whether e is s[i], s[i].f, s[i][j] of v through
// values (a field reached through a pointer element is written wherever it
// is kept, copy or not).
func (k *keptSlices) elementOfSlice(e ast.Expr, v *types.Var) bool {
	indexed := false
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.IndexExpr:
			switch underOf(k.info.TypeOf(x.X)).(type) {
			case *types.Slice:
				if id, ok := ast.Unparen(x.X).(*ast.Ident); ok {
					return asVar(k.info, id) == v
				}
				return false // through another slice: lands elsewhere
			case *types.Array:
			default:
				return false
			}
			indexed = true
			e = x.X
		case *ast.SelectorExpr:
			s := k.info.Selections[x]
			if s == nil || s.Kind() != types.FieldVal || s.Indirect() {
				return false
			}
			e = x.X
		case *ast.Ident:
			// id[i] of an array variable.
			return indexed && asVar(k.info, x) == v
		default:
			return false
		}
	}
}

// writesArg reports whether call writes the elements of v passed as an
// argument (v or a slice of it): copy, clear, or a contract's "writes".
func (k *keptSlices) writesArg(call *ast.CallExpr, v *types.Var) bool {
	is := func(a ast.Expr) bool { return k.localSlice(a) == v }
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := k.info.Uses[id].(*types.Builtin); ok {
			switch b.Name() {
			case "copy", "clear":
				return len(call.Args) > 0 && is(call.Args[0])
			}
			return false
		}
	}
	callee := staticCallee(k.info, call)
	if callee == nil || callee.Pkg() == nil {
		return false
	}
	var bits uint64
	if s := k.c.contracts.contractSummary(callee.Origin()); s != nil {
		bits = s.Writes
	} else if f := k.byObj[callee.Origin()]; f != nil {
		bits = f.keeps.WritesParams
	} else if callee.Pkg() != k.c.pass.Pkg {
		var fact alias.Reorders // a helper of another package that sorts it (VC1010)
		if k.c.pass.ImportObjectFact(callee.Origin(), &fact) {
			bits = fact.Params
		}
		bits |= k.keeperOf(callee).WritesParams
	}
	found := false
	if bits != 0 {
		forKeptArgs(callee, call, bits, func(a ast.Expr) {
			if is(a) {
				found = true
			}
		})
	}
	return found
}

// assigns reports whether node n assigns the variable v as a whole.
func (k *keptSlices) assigns(n ast.Node, v *types.Var) bool {
	is := func(e ast.Expr) bool { return e != nil && k.identVar(e) == v }
	switch n := n.(type) {
	case *ast.AssignStmt:
		for _, lhs := range n.Lhs {
			if is(lhs) {
				return true
			}
		}
	case *ast.DeclStmt:
		found := false
		ast.Inspect(n, func(m ast.Node) bool {
			if id, ok := m.(*ast.Ident); ok && k.info.Defs[id] == v {
				found = true
			}
			return !found
		})
		return found
	case *ast.ValueSpec:
		for _, name := range n.Names {
			if k.info.Defs[name] == v {
				return true
			}
		}
	case *ast.RangeStmt:
		return is(n.Key) || is(n.Value)
	}
	return false
}

// checkSite reports the first write to the site's slice after the keep
// that is followed by a use of the value that keeps it.
func (k *keptSlices) checkSite(file *ast.File, body *ast.BlockStmt, g *flowGraph, s keepSite) {
	_, isArray := s.slice.Type().Underlying().(*types.Array)
	keepNode, ok := g.point(s.at)
	if !ok {
		return
	}
	// A new backing for the slice (s = make(...), s = other) ends the
	// sharing; for an array, assigning it is a write.
	sliceReset := func(n ast.Node) bool { return !isArray && k.assigns(n, s.slice) }
	writes := k.sliceWrites(file, body, s.slice)
	if len(writes) == 0 {
		return
	}
	if s.collection {
		// Values stored in a loop: the slice must be the same one for
		// every iteration.
		if !g.inLoop(s.at) || declaredInInnermostLoop(body, s.slice, s.at) && !sharedRangeVar(writes) {
			return
		}
	} else if k.emptyAtKeep(body, g, s, writes) {
		return
	}
	holderReset := func(n ast.Node) bool {
		if s.collection {
			return k.resetsCollection(n, s.holder)
		}
		return n == keepNode.node || k.assigns(n, s.holder)
	}
	for _, w := range writes {
		if wp, ok := g.point(w.flow); !ok || wp.node == keepNode.node && !s.collection {
			continue
		}
		if !g.reachesAvoiding(s.at, w.flow, sliceReset) {
			continue
		}
		use := k.useAfter(body, g, s, keepNode.node, w.flow, holderReset)
		if !use.IsValid() {
			continue
		}
		if !s.collection && g.reachesAvoiding(use, w.flow, func(n ast.Node) bool { return n == keepNode.node }) {
			// A value built once over a buffer that is refilled and read
			// through it again and again: a live window, on purpose.
			return
		}
		k.report(file, s, w, use)
		return
	}
}

// sharedRangeVar reports whether the writes include a range statement's
// own assignment of a variable shared by all iterations.
func sharedRangeVar(writes []sliceWrite) bool {
	for _, w := range writes {
		if w.what == "each iteration" {
			return true
		}
	}
	return false
}

// declaredInInnermostLoop reports whether v is declared inside the innermost
// loop of body that holds pos (a new variable each iteration; a range
// statement's own variables count as inside since Go 1.22).
func declaredInInnermostLoop(body *ast.BlockStmt, v *types.Var, pos token.Pos) bool {
	var loop ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil || !(n.Pos() <= pos && pos < n.End()) {
			return false
		}
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			loop = n
		case *ast.FuncLit:
			return false
		}
		return true
	})
	return loop != nil && loop.Pos() <= v.Pos() && v.Pos() < loop.End()
}

// emptyAtKeep reports whether the slice holds nothing yet when it is kept:
// it is made (make, a zero var) and nothing writes it before the keep. A
// buffer handed to a reader and filled afterwards is a window by design.
func (k *keptSlices) emptyAtKeep(body *ast.BlockStmt, g *flowGraph, s keepSite, writes []sliceWrite) bool {
	if !(s.slice.Pos() >= body.Pos() && s.slice.Pos() < body.End()) {
		return false // a parameter, or captured: it may hold anything
	}
	fresh := true
	inspectBody(body, func(n ast.Node) bool {
		var rhs ast.Expr
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if k.identVar(lhs) == s.slice {
					if len(n.Lhs) != len(n.Rhs) {
						fresh = false
						return false
					}
					rhs = n.Rhs[i]
					if !isMake(k.info, rhs) {
						fresh = false
					}
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if k.info.Defs[name] == s.slice && i < len(n.Values) && !isMake(k.info, n.Values[i]) {
					fresh = false
				}
			}
		}
		return fresh
	})
	if !fresh {
		return false
	}
	for _, w := range writes {
		if g.reaches(w.flow, s.at) {
			return false
		}
	}
	return true
}

func isMake(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := info.Uses[id].(*types.Builtin)
	return ok && b.Name() == "make"
}

// resetsCollection reports whether n gives the collection new contents
// (out = nil, out = out[:0] is not that: the stored values stay readable
// through it only if appended again, which is a store).
func (k *keptSlices) resetsCollection(n ast.Node, coll *types.Var) bool {
	as, ok := n.(*ast.AssignStmt)
	if !ok || len(as.Lhs) != len(as.Rhs) {
		return k.assigns(n, coll)
	}
	for i, lhs := range as.Lhs {
		if k.identVar(lhs) == coll && appendTo(k.info, lhs, ast.Unparen(as.Rhs[i])) == nil {
			return true
		}
	}
	return false
}

// useAfter returns the first use of the value that keeps (the holder
// variable, or a read of the collection) reachable from the write without
// passing a reset, or NoPos.
func (k *keptSlices) useAfter(body *ast.BlockStmt, g *flowGraph, s keepSite, keep ast.Node, write token.Pos, reset func(ast.Node) bool) token.Pos {
	// The holder's own appends and stores are not reads of what it holds.
	skip := make(map[*ast.Ident]bool)
	inspectBody(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, lhs := range as.Lhs {
			if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
				skip[id] = true
			}
			if s.collection && i < len(as.Rhs) && appendTo(k.info, lhs, ast.Unparen(as.Rhs[i])) != nil {
				skip[ast.Unparen(ast.Unparen(as.Rhs[i]).(*ast.CallExpr).Args[0]).(*ast.Ident)] = true
			}
			if ix, ok := ast.Unparen(lhs).(*ast.IndexExpr); ok && s.collection {
				if id, ok := ast.Unparen(ix.X).(*ast.Ident); ok {
					skip[id] = true
				}
			}
		}
		return true
	})
	// Nor are the reads of a field that holds no memory (q.n, rb.nsrc) and
	// the writes of its fields (q.n = 0): they do not read the slice.
	if !s.collection {
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && k.info.Uses[id] == s.holder {
					if sel := k.info.Selections[n]; sel != nil && sel.Kind() == types.FieldVal {
						if _, basic := sel.Type().Underlying().(*types.Basic); basic {
							skip[id] = true
						}
					}
				}
			case *ast.AssignStmt:
				for _, lhs := range n.Lhs {
					if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok {
						if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && k.info.Uses[id] == s.holder {
							skip[id] = true
						}
					}
				}
			}
			return true
		})
	}
	var found token.Pos
	ast.Inspect(body, func(n ast.Node) bool {
		if found.IsValid() {
			return false
		}
		id, ok := n.(*ast.Ident)
		if !ok || skip[id] || k.info.Uses[id] != s.holder {
			return true
		}
		if !s.collection && keep.Pos() <= id.Pos() && id.Pos() < keep.End() {
			return true // the keeping call itself (q.SetItems(s) again)
		}
		if g.reachesAvoiding(write, id.Pos(), reset) {
			found = id.Pos()
		}
		return true
	})
	return found
}

// report reports one kept slice written while the value keeping it is
// used afterwards.
func (k *keptSlices) report(file *ast.File, s keepSite, w sliceWrite, use token.Pos) {
	slice := types.ExprString(s.arg)
	name := s.slice.Name()
	var msg string
	var rel []analysis.RelatedInformation
	if s.collection {
		what := "this write"
		if w.what != "" {
			what = "the range statement, which reassigns " + name + " " + w.what + ","
		}
		msg = sprintf("%s is kept without a copy by %s in every value stored in %s: %s changes the values stored before, and %s is read afterwards",
			quote(slice), s.keeper, quote(s.holder.Name()), what, s.holder.Name())
		rel = []analysis.RelatedInformation{
			related(s.at, "%s keeps %s here, one value per iteration over the same memory", s.keeper, slice),
			related(use, "%s is read here, after the write", s.holder.Name()),
		}
	} else {
		msg = sprintf("%s is kept without a copy by %s in %s: this write changes what %s holds, and %s is used afterwards",
			quote(slice), s.keeper, quote(s.holder.Name()), s.holder.Name(), s.holder.Name())
		rel = []analysis.RelatedInformation{
			related(s.at, "%s keeps %s here", s.keeper, slice),
			related(use, "%s is used here, after the write", s.holder.Name()),
		}
	}
	k.c.report(finding{
		check:   KeptWrite,
		pos:     w.pos,
		msg:     msg,
		related: rel,
		fixes:   k.cloneFix(file, s),
	})
}

// cloneFix hands the keeper a copy: slices.Clone(s) when the file imports
// slices, else append(s[:0:0], s...).
func (k *keptSlices) cloneFix(file *ast.File, s keepSite) []analysis.SuggestedFix {
	text := types.ExprString(s.arg)
	base := s.slice.Name()
	var repl string
	if name := importName(file, "slices"); name != "" {
		repl = name + ".Clone(" + text + ")"
	} else {
		repl = "append(" + base + "[:0:0], " + text + "...)"
	}
	return []analysis.SuggestedFix{{
		Message:   "Pass a copy of " + text,
		TextEdits: []analysis.TextEdit{{Pos: s.arg.Pos(), End: s.arg.End(), NewText: []byte(repl)}},
	}}
}

// importName returns the name a file imports a package by, or "".
func importName(file *ast.File, path string) string {
	for _, spec := range file.Imports {
		if p, err := strconv.Unquote(spec.Path.Value); err == nil && p == path {
			if spec.Name != nil {
				if spec.Name.Name == "_" || spec.Name.Name == "." {
					return ""
				}
				return spec.Name.Name
			}
			return path
		}
	}
	return ""
}
