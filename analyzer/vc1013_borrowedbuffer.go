package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
)

// BorrowedBuffer is the ID of check VC1013, borrowed-buffer.
const BorrowedBuffer = "VC1013"

func init() {
	register(borrowedBuffer, hooks{syntax: (*checker).checkBorrowedBuffers})
}

// borrowedBuffer is VC1013's entry in Checks.
var borrowedBuffer = &Check{
	ID: BorrowedBuffer, Name: "borrowed-buffer", Since: "0.3.0", Default: true, Slices: []string{"C"},
	Title: "A borrowed buffer is kept past the call that overwrites it",
	Text: `Some methods return memory they only lend: ` + "`(*bufio.Scanner).Bytes`" + ` returns the scanner's buffer, valid until the
next ` + "`Scan`" + `; ` + "`(*bufio.Reader).ReadLine`, `ReadSlice` and `Peek`" + ` until the next read; ` + "`(*bytes.Buffer).Bytes`" + ` until the next
write, read or ` + "`Reset`" + `; a ` + "`sql.RawBytes`" + ` filled by ` + "`(*sql.Rows).Scan`" + ` until ` + "`Next`" + `; an iterator's ` + "`Key`" + ` and
` + "`Value`" + ` (pebble, goleveldb) until it moves. VC1013 reports such a result (or a reslice of it, or a conversion that
does not copy) that is still used after the next overwriting call on the same receiver: read or appended to after it,
stored (appended as an element, put in a map, a field, a variable of an outer scope) where it is read after it, sent on
a channel or handed to a goroutine while the loop goes on to that call, or returned after a deferred ` + "`Reset`" + ` or
` + "`sync.Pool.Put`" + ` of the buffer (putting the buffer back in a pool ends the loan as well). In a loop, the next
iteration's call counts. A helper that returns ` + "`sc.Bytes()`" + ` of its parameter lends too, in this package or another
(a fact): its callers are checked the same way. Which calls lend, and until what, is read from the contracts
(` + "`borrowed until M...`" + `, docs/contracts.md); a ` + "`//viewcheck:borrowed until Next`" + ` directive makes a method of yours a lender.

Why it matters: every kept slice ends up showing whatever the buffer holds last (influxdata/telegraf#991,
buildkite/agent#441, syndtr/goleveldb#236, go-sql-driver/mysql#1423, golang/protobuf#953): keys that all equal the last
key, lines that change after they were sent, a pooled buffer's bytes rewritten by its next user.

Not reported: ` + "`scanner.Text()`" + `, ` + "`string(b)`" + `, ` + "`bytes.Clone(b)`" + `, ` + "`append([]byte(nil), b...)`" + `, ` + "`copy`" + ` (they copy);
a borrowed slice used before the next overwriting call (parsed at once, written out, compared); a loop that stores it
and then leaves (` + "`break`" + `, ` + "`return`" + `); the buffer of a local ` + "`bytes.Buffer`" + ` returned and never reused (a deferred
` + "`Reset`" + ` of it included); writes after a ` + "`Grow`" + ` of the same buffer, which Grow promises not to move; ` + "`&v`" + ` handed to the next
` + "`Scan`" + ` (it fills v); a field re-stored by the very call that ends the loan (` + "`r.line, err = r.br.ReadSlice('\\n')`" + `). Also not
followed: a borrowed slice passed to a function of yours that keeps it; a lender held in a variable assigned again
between the calls; a receiver other than a variable or a field path (` + "`get().Bytes()`" + `); a stored or sent slice when the
overwriting call is made by another function (the caller of a function that sends ` + "`sc.Bytes()`" + ` once).`,
	Before: `for scanner.Scan() {
	lines = append(lines, scanner.Bytes()) // VC1013: overwritten by the next Scan
}`,
	After: `for scanner.Scan() {
	lines = append(lines, bytes.Clone(scanner.Bytes()))
}`,
	Fix: "Copy what you keep: the suggested fix wraps the borrowing call in `bytes.Clone(...)` when the result is a `[]byte` taken by one call and the file already imports `bytes` (it does not add imports); `scanner.Text()` or `string(b)` gives a string. For `sql.RawBytes`, scan into a `[]byte` or a `string`, which database/sql copies.",
}

// A loan is one call that returns (or stores) borrowed memory.
type loan struct {
	call   *ast.CallExpr
	lender ast.Expr // the receiver (or the argument) whose buffer it is
	root   *types.Var
	method string // the lending call, for messages: "sc.Bytes()"
	until  map[string]bool
	result int          // the borrowed result, or -1 for a loan into variables
	into   []*ast.Ident // the variables a loan into fills
	helper bool         // lent by a function of the user's
	lend   *lending
}

// A lending describes a function that lends: which result, from which
// parameter, until which methods.
type lending struct {
	result, param int
	until         []string
	into          uint64
	helper        bool
	advances      bool // a helper that calls an until method of the lender first
}

// borrowRun is what checkBorrowedBuffers shares over a package.
type borrowRun struct {
	c      *checker
	info   *types.Info
	local  map[*types.Func]*lending // the package's own lending helpers
	cached map[*types.Func]*lending
}

// checkBorrowedBuffers finds the package's lending helpers (exported as
// facts), then checks every function body for loans kept past the call
// that ends them.
func (c *checker) checkBorrowedBuffers() {
	defer func() {
		if e := recover(); e != nil {
			debugf("%s: internal error in VC1013, package skipped: %v", c.pass.Pkg.Path(), e)
		}
	}()
	r := &borrowRun{c: c, info: c.pass.TypesInfo, local: make(map[*types.Func]*lending), cached: make(map[*types.Func]*lending)}
	r.findHelpers()
	if c.factsOnly {
		return
	}
	c.eachBody(func(_ *ast.File, body *ast.BlockStmt) { r.checkBody(body) })
}

// lendingOf says whether callee lends, and how: by contract or directive,
// by fact, or as one of this package's helpers.
func (r *borrowRun) lendingOf(callee *types.Func) *lending {
	callee = callee.Origin()
	if l, ok := r.local[callee]; ok {
		return l
	}
	if l, ok := r.cached[callee]; ok {
		return l
	}
	var l *lending
	if s := r.c.contracts.statedSummary(callee); s != nil && len(s.Until) > 0 {
		for i, res := range s.Results {
			if res.Borrowed {
				l = &lending{result: i, param: 0, until: s.Until}
				break
			}
		}
		if l == nil && s.BorrowsInto != 0 {
			l = &lending{result: -1, into: s.BorrowsInto, until: s.Until}
		}
	}
	if l == nil && callee.Pkg() != nil && callee.Pkg() != r.c.pass.Pkg {
		var fact alias.Lends
		if r.c.pass.ImportObjectFact(callee, &fact) {
			l = &lending{result: fact.Result, param: fact.Param, until: fact.Until, helper: true, advances: fact.Advances}
		}
	}
	r.cached[callee] = l
	return l
}

// loanOf returns the loan a call makes, or nil.
func (r *borrowRun) loanOf(call *ast.CallExpr) *loan {
	callee := calledFunc(r.info, call)
	if callee == nil {
		return nil
	}
	l := r.lendingOf(callee)
	if l == nil {
		return nil
	}
	sig := callee.Type().(*types.Signature)
	// The lender: the receiver (parameter 0 of a method) or an argument.
	var lender ast.Expr
	args := call.Args
	if sig.Recv() != nil {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		if s := r.info.Selections[sel]; s == nil || s.Kind() != types.MethodVal {
			return nil // a method expression T.M(x): not followed
		}
		if l.param == 0 {
			lender = sel.X
		} else if l.param-1 < len(args) {
			lender = args[l.param-1]
		}
	} else if l.param < len(args) {
		lender = args[l.param]
	}
	if lender == nil {
		return nil
	}
	lender = stripAddr(lender)
	if !plainExpr(lender) {
		return nil
	}
	root := rootVar(r.info, lender)
	if root == nil {
		if id, ok := ast.Unparen(lender).(*ast.Ident); ok {
			root, _ = r.info.Defs[id].(*types.Var)
		}
		if root == nil {
			return nil
		}
	}
	ln := &loan{call: call, lender: lender, root: root, result: l.result, helper: l.helper, lend: l,
		until: make(map[string]bool), method: callText(call)}
	for _, m := range l.until {
		ln.until[m] = true
	}
	if l.result < 0 {
		ln.into = r.intoVars(callee, sig, call, l.into)
		if len(ln.into) == 0 {
			return nil
		}
	}
	return ln
}

func stripAddr(e ast.Expr) ast.Expr {
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		return ast.Unparen(u.X)
	}
	return ast.Unparen(e)
}

// intoVars returns the local variables a loan into fills: the `&v`
// arguments passed as the parameters in bits. database/sql copies into
// every destination but sql.RawBytes, so only those count there.
func (r *borrowRun) intoVars(callee *types.Func, sig *types.Signature, call *ast.CallExpr, bits uint64) []*ast.Ident {
	off := 0
	if sig.Recv() != nil {
		off = 1
	}
	var out []*ast.Ident
	for i, a := range call.Args {
		p := i + off
		if sig.Variadic() && i >= sig.Params().Len()-1 {
			p = sig.Params().Len() - 1 + off
		}
		if p >= 64 || bits&(1<<uint(p)) == 0 {
			continue
		}
		u, ok := ast.Unparen(a).(*ast.UnaryExpr)
		if !ok || u.Op != token.AND {
			continue
		}
		id, ok := ast.Unparen(u.X).(*ast.Ident)
		if !ok {
			continue
		}
		v, _ := r.info.Uses[id].(*types.Var)
		if v == nil {
			continue
		}
		if _, isSlice := v.Type().Underlying().(*types.Slice); !isSlice {
			continue
		}
		if callee.Pkg() != nil && callee.Pkg().Path() == "database/sql" {
			named, ok := types.Unalias(v.Type()).(*types.Named)
			if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != "database/sql" {
				continue // []byte and string destinations are copies
			}
		}
		out = append(out, id)
	}
	return out
}

// findHelpers finds the package's functions that return a loan from one
// of their parameters, and exports that as a fact. Helpers of helpers
// are found round by round.
func (r *borrowRun) findHelpers() {
	var decls []*ast.FuncDecl
	for _, file := range r.c.pass.Files {
		for _, d := range file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && fd.Type.Results != nil && r.mayLend(fd) {
				decls = append(decls, fd)
			}
		}
	}
	for round := 0; round < 4; round++ {
		changed := false
		for _, fd := range decls {
			obj, _ := r.info.Defs[fd.Name].(*types.Func)
			if obj == nil || r.local[obj] != nil {
				continue
			}
			if l := r.helperLending(fd); l != nil {
				r.local[obj] = l
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	for _, fd := range decls {
		obj, _ := r.info.Defs[fd.Name].(*types.Func)
		if l := r.local[obj]; l != nil {
			r.c.pass.ExportObjectFact(obj, &alias.Lends{Result: l.result, Param: l.param, Until: l.until, Advances: l.advances})
		}
	}
}

// mayLend is a cheap filter: the function returns a slice.
func (r *borrowRun) mayLend(fd *ast.FuncDecl) bool {
	for _, f := range fd.Type.Results.List {
		if t := r.info.TypeOf(f.Type); t != nil {
			if _, ok := t.Underlying().(*types.Slice); ok {
				return true
			}
		}
	}
	return false
}

// helperLending returns how fd lends, when one of its return statements
// returns a loan (directly or resliced) of one of its parameters, which it
// never assigns.
func (r *borrowRun) helperLending(fd *ast.FuncDecl) *lending {
	params := make(map[*types.Var]int)
	i := 0
	for _, fl := range []*ast.FieldList{fd.Recv, fd.Type.Params} {
		if fl == nil {
			continue
		}
		for _, f := range fl.List {
			if len(f.Names) == 0 {
				i++
				continue
			}
			for _, n := range f.Names {
				if v, ok := r.info.Defs[n].(*types.Var); ok {
					params[v] = i
				}
				i++
			}
		}
	}
	// A parameter assigned anywhere is not the caller's value at the
	// return.
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, lhs := range as.Lhs {
				if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
					delete(params, asVar(r.info, id))
				}
			}
		}
		return true
	})
	var found *lending
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			for k, res := range n.Results {
				call := r.loanCallUnder(res)
				if call == nil {
					continue
				}
				ln := r.loanOf(call)
				if ln == nil || ln.result < 0 {
					continue
				}
				if _, isIdent := ast.Unparen(ln.lender).(*ast.Ident); !isIdent {
					continue
				}
				p, ok := params[ln.root]
				if !ok {
					continue
				}
				if len(n.Results) == 1 && ln.result > 0 {
					k = ln.result // return r.ReadLine()
				}
				found = &lending{result: k, param: p, until: sortedKeys(ln.until), helper: true,
					advances: r.callsUntil(fd.Body, ln)}
				return false
			}
		}
		return true
	})
	return found
}

// callsUntil reports whether body calls one of the loan's until methods on
// its lender.
func (r *borrowRun) callsUntil(body *ast.BlockStmt, ln *loan) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && ln.until[sel.Sel.Name] &&
				types.ExprString(sel.X) == types.ExprString(ln.lender) && rootObj(r.info, sel.X) == types.Object(ln.root) {
				found = true
			}
		}
		return !found
	})
	return found
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// loanCallUnder returns the call at the bottom of an expression that
// shares its memory: e, e[i:j], T(e), (e), bytes.TrimSpace(e) and the
// other views by contract.
func (r *borrowRun) loanCallUnder(e ast.Expr) *ast.CallExpr {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.SliceExpr:
			e = x.X
		case *ast.CallExpr:
			if inner := sharingConversion(r.info, x); inner != nil {
				e = inner
				continue
			}
			if arg := r.viewedArg(x); arg != nil && r.loanOf(x) == nil {
				e = arg
				continue
			}
			return x
		default:
			return nil
		}
	}
}

// sharingConversion returns the operand of a conversion to a slice type
// (which does not copy), or nil.
func sharingConversion(info *types.Info, call *ast.CallExpr) ast.Expr {
	if len(call.Args) != 1 {
		return nil
	}
	tv, ok := info.Types[call.Fun]
	if !ok || !tv.IsType() {
		return nil
	}
	if _, isSlice := tv.Type.Underlying().(*types.Slice); !isSlice {
		return nil
	}
	return call.Args[0]
}

// A borrowBody is one function body under check.
type borrowBody struct {
	*borrowRun
	body    *ast.BlockStmt
	parents map[ast.Node]ast.Node
	g       *flowGraph
	idents  map[*types.Var][]*ast.Ident // every use of a local variable
	// rangeVars holds the key and value identifiers of range statements,
	// which go/cfg lists as nodes of their own: assignments.
	rangeVars map[*ast.Ident]bool
}

// checkBody reports the loans of one body (not its function literals,
// which are bodies of their own) kept past their end.
func (r *borrowRun) checkBody(body *ast.BlockStmt) {
	defer func() {
		if e := recover(); e != nil {
			// A failure skips the body, not the package.
			debugf("%s: internal error in VC1013, body at %s skipped: %v", r.c.pass.Pkg.Path(), r.c.pass.Fset.Position(body.Pos()), e)
		}
	}()
	var loans []*loan
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if ln := r.loanOf(n); ln != nil {
				loans = append(loans, ln)
			}
		}
		return true
	})
	if len(loans) == 0 {
		return
	}
	b := &borrowBody{borrowRun: r, body: body, parents: make(map[ast.Node]ast.Node),
		idents: make(map[*types.Var][]*ast.Ident), rangeVars: make(map[*ast.Ident]bool)}
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if len(stack) > 0 {
			b.parents[n] = stack[len(stack)-1]
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.Ident:
			if v, ok := r.info.Uses[n].(*types.Var); ok {
				b.idents[v] = append(b.idents[v], n)
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if id, ok := e.(*ast.Ident); ok {
					b.rangeVars[id] = true
				}
			}
		}
		return true
	})
	b.g = r.c.flow(body)
	if b.g == nil {
		return
	}
	for _, ln := range loans {
		if f := b.checkLoan(ln); f != nil {
			r.c.report(*f)
		}
	}
}

// A keep is where a loan's memory goes: a variable holding it from a
// point on, or a place the function cannot follow (a channel, a goroutine,
// memory reached through a parameter), or the function's result.
type keep struct {
	v    *types.Var // a local variable holding it (or holding something that does)
	at   ast.Node   // the statement or expression where it starts to be kept
	how  string     // for messages: "stored in keys", "sent on ch"
	kind keepKind
	expr ast.Expr // the expression kept
	// target is the place an escaping store writes (r.line), as written.
	target string
}

type keepKind int

const (
	keepVar keepKind = iota
	keepEscape
	keepReturn
)

// checkLoan follows one loan to the places that keep it and returns the
// first finding: a keep used after a call that ends the loan.
func (b *borrowBody) checkLoan(ln *loan) *finding {
	ends := b.endCalls(ln)
	if b.grownBefore(ln) {
		// After buf.Grow(n), writes of up to n bytes go past the end of
		// what Bytes returned, without moving it: the documented idiom
		// (bytes's ExampleBuffer_Grow).
		ends = slices.DeleteFunc(ends, func(call *ast.CallExpr) bool {
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			return ok && strings.HasPrefix(sel.Sel.Name, "Write")
		})
	}
	deferred := b.deferredEnds(ln)
	if len(ends) == 0 && len(deferred) == 0 {
		return nil
	}
	var work []keep
	if ln.result < 0 {
		for _, id := range ln.into {
			if v := asVar(b.info, id); v != nil {
				work = append(work, keep{v: v, at: ln.call, how: "kept in " + v.Name(), kind: keepVar, expr: id})
			}
		}
	} else {
		work = append(work, b.keepsOf(ln.call, ln.result)...)
	}
	seen := make(map[*types.Var]bool)
	for len(work) > 0 {
		k := work[0]
		work = work[1:]
		switch k.kind {
		case keepEscape:
			if end := b.endAfter(ln, k.at, b.notRestoring(ends, k)); end != nil {
				return b.finding(ln, k, end, nil)
			}
		case keepReturn:
			if end := b.endAfter(ln, k.at, ends); end != nil {
				return b.finding(ln, k, end, nil)
			}
			for _, d := range deferred {
				if b.g.reaches(d.Pos(), k.at.Pos()) {
					return b.finding(ln, k, d, nil)
				}
			}
		case keepVar:
			if seen[k.v] {
				continue
			}
			seen[k.v] = true
			after := b.afterEnds(ln, k, ends)
			for _, use := range b.idents[k.v] {
				if use.Pos() < b.body.Pos() || b.notARead(use, k.v) {
					continue
				}
				// The use reads what the variable holds after an end.
				if p, ok := b.g.point(use.Pos()); ok && after[flowPos{p.block, p.idx}] {
					for _, end := range ends {
						if b.usedAfter(ln, k, end, use) {
							return b.finding(ln, k, end, use)
						}
					}
				}
				// Or hands it to a goroutine, or passes it on.
				if g := b.goroutineOf(use); g != nil {
					work = append(work, keep{at: g, how: "handed to a goroutine", kind: keepEscape})
					continue
				}
				work = append(work, b.keepsOf(use, 0)...)
			}
		}
	}
	return nil
}

// afterEnds returns the nodes control can reach after an end of the loan
// that follows k's start (without the lender or k.v assigned in between),
// with k.v not assigned since: where a use of k.v reads overwritten
// memory. It is the cheap filter before usedAfter, which names the end.
func (b *borrowBody) afterEnds(ln *loan, k keep, ends []*ast.CallExpr) map[flowPos]bool {
	start, ok := b.g.point(k.at.Pos())
	if !ok {
		return nil
	}
	assignsV := memoStop(func(n ast.Node) bool { return b.assigns(n, k.v) })
	reached := b.g.reachable([]flowPoint{start}, memoStop(func(n ast.Node) bool { return b.assignsLender(n, ln) || assignsV(n) }))
	var from []flowPoint
	for _, end := range ends {
		p, ok := b.g.point(end.Pos())
		if ok && reached[flowPos{p.block, p.idx}] && !assignsV(p.node) {
			from = append(from, p)
		}
	}
	if len(from) == 0 {
		return nil
	}
	return b.g.reachable(from, assignsV)
}

func memoStop(stop func(ast.Node) bool) func(ast.Node) bool {
	memo := make(map[ast.Node]bool)
	return func(n ast.Node) bool {
		v, ok := memo[n]
		if !ok {
			v = stop(n)
			memo[n] = v
		}
		return v
	}
}

// A flowPos is a node of a flowGraph: its block and its index there.
type flowPos struct{ block, idx int }

// reachable returns the nodes control can reach strictly after the nodes
// from, on paths that pass no node for which stop returns true (such a
// node is reached, not passed): reachesAvoiding from several points to
// every node at once.
func (g *flowGraph) reachable(from []flowPoint, stop func(ast.Node) bool) map[flowPos]bool {
	out := make(map[flowPos]bool)
	blocks := g.cfg.Blocks
	entered := make([]bool, len(blocks))
	var stack []int32
	// scan marks the nodes of block bi from index i on, and says whether
	// control leaves the block without a stop.
	// Like reachesAvoiding, a range loop's key and value and a select
	// case's communication stop a path where they happen, on entry to
	// the body or the case (entryNodes), not where go/cfg lists them.
	scan := func(bi, i int) bool {
		nodes := blocks[bi].Nodes
		for ; i < len(nodes); i++ {
			out[flowPos{bi, i}] = true
			if !g.atEntry[nodes[i]] && stop(nodes[i]) {
				return false
			}
		}
		return true
	}
	push := func(bi int) {
		for _, s := range blocks[bi].Succs {
			stack = append(stack, s.Index)
		}
	}
	for _, f := range from {
		if scan(f.block, f.idx+1) {
			push(f.block)
		}
	}
	for len(stack) > 0 {
		bi := int(stack[len(stack)-1])
		stack = stack[:len(stack)-1]
		if entered[bi] {
			continue
		}
		entered[bi] = true
		if slices.ContainsFunc(entryNodes(blocks[bi]), stop) {
			continue
		}
		if scan(bi, 0) {
			push(bi)
		}
	}
	return out
}

// usedAfter reports whether a path goes from where k starts, through end
// (without assigning the lender again), to use (without giving k.v a new
// value).
func (b *borrowBody) usedAfter(ln *loan, k keep, end *ast.CallExpr, use *ast.Ident) bool {
	if end.Pos() <= use.Pos() && use.End() <= end.End() {
		return false // an argument of the call itself
	}
	if p, ok := b.g.point(end.Pos()); ok && b.assigns(p.node, k.v) {
		return false // line, _, err := r.ReadLine(): the end comes before the new value
	}
	if !b.g.reachesAvoiding(k.at.Pos(), end.Pos(), func(n ast.Node) bool { return b.assignsLender(n, ln) || b.assigns(n, k.v) }) {
		return false
	}
	return b.g.reachesAvoiding(end.Pos(), use.Pos(), func(n ast.Node) bool { return b.assigns(n, k.v) })
}

// notRestoring drops the ends that store their own loan in the place an
// escaping store k writes: r.line, r.err = r.br.ReadSlice('\n') in a loop
// replaces the line it overwrites.
func (b *borrowBody) notRestoring(ends []*ast.CallExpr, k keep) []*ast.CallExpr {
	if k.target == "" {
		return ends
	}
	var out []*ast.CallExpr
	for _, end := range ends {
		if as, ok := b.stmtOf(end).(*ast.AssignStmt); ok && slices.ContainsFunc(as.Lhs, func(e ast.Expr) bool { return types.ExprString(e) == k.target }) {
			continue
		}
		out = append(out, end)
	}
	return out
}

// endAfter returns a call ending the loan that control can reach after at
// (without assigning the lender again, or waiting for a goroutine or a
// channel in between), or nil.
func (b *borrowBody) endAfter(ln *loan, at ast.Node, ends []*ast.CallExpr) *ast.CallExpr {
	for _, end := range ends {
		if b.g.reachesAvoiding(at.Pos(), end.Pos(), func(n ast.Node) bool { return b.assignsLender(n, ln) || waitsForGoroutine(n, false) }) {
			return end
		}
	}
	return nil
}

// endCalls returns the calls of the body that end the loan: a method
// named after "until" on the same lender, or a sync.Pool Put of it.
func (b *borrowBody) endCalls(ln *loan) []*ast.CallExpr {
	var out []*ast.CallExpr
	ast.Inspect(b.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			return false // runs at the end: deferredEnds
		case *ast.CallExpr:
			if b.endsLoan(n, ln) {
				out = append(out, n)
			}
		}
		return true
	})
	return out
}

// grownBefore reports whether a Grow call on the lender comes before the
// loan.
func (b *borrowBody) grownBefore(ln *loan) bool {
	found := false
	ast.Inspect(b.body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !found {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Grow" && b.sameExpr(sel.X, ln.lender) &&
				b.g.reaches(call.Pos(), ln.call.Pos()) {
				found = true
			}
		}
		return !found
	})
	return found
}

// deferredEnds returns the defer statements whose call (or function
// literal) ends the loan when the function returns.
func (b *borrowBody) deferredEnds(ln *loan) []ast.Node {
	var out []ast.Node
	ast.Inspect(b.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			found := false
			ast.Inspect(n.Call, func(m ast.Node) bool {
				// A deferred Reset of a buffer held in a local variable
				// is harmless: nothing writes it again. A Put hands it
				// on, a Close may (pebble pools its iterators), and so
				// does a Reset of a buffer that outlives the call (a
				// field, a parameter, a global).
				if call, ok := m.(*ast.CallExpr); ok && b.endsLoan(call, ln) && !(b.isLocal(ln.root) && isReset(call)) {
					found = true
				}
				return !found
			})
			if found {
				out = append(out, n)
			}
			return false
		}
		return true
	})
	return out
}

func (b *borrowBody) endsLoan(call *ast.CallExpr, ln *loan) bool {
	// A helper that advances the lender before lending ends the loan
	// before it.
	if other := b.loanOf(call); other != nil && other.lend.advances && b.sameExpr(other.lender, ln.lender) {
		return true
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	if ln.until[sel.Sel.Name] && b.sameExpr(sel.X, ln.lender) {
		if s := b.info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
			return true
		}
	}
	// (*sync.Pool).Put(lender) hands the buffer to its next user.
	return isPoolPut(b.info, call) && b.sameExpr(stripAddr(call.Args[0]), ln.lender)
}

// isReset reports whether call is a Reset or Truncate method call.
func isReset(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return ok && (sel.Sel.Name == "Reset" || sel.Sel.Name == "Truncate")
}

// isPoolPut reports whether call is (*sync.Pool).Put(x).
func isPoolPut(info *types.Info, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Put" || len(call.Args) != 1 {
		return false
	}
	fn, ok := info.Uses[sel.Sel].(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "sync"
}

// sameExpr reports whether two plain expressions (variables, field paths)
// name the same thing.
func (b *borrowBody) sameExpr(x, y ast.Expr) bool {
	x, y = stripAddr(x), stripAddr(y)
	if !plainExpr(x) || !plainExpr(y) || types.ExprString(x) != types.ExprString(y) {
		return false
	}
	return rootObj(b.info, x) == rootObj(b.info, y)
}

func rootObj(info *types.Info, e ast.Expr) types.Object {
	id := baseIdent(e)
	if id == nil {
		return nil
	}
	if o := info.Uses[id]; o != nil {
		return o
	}
	return info.Defs[id]
}

// assignsLender reports whether n gives the lender's variable (or a
// field on its path) a new value.
func (b *borrowBody) assignsLender(n ast.Node, ln *loan) bool {
	as, ok := n.(*ast.AssignStmt)
	if !ok {
		return b.rangeVarOf(n) == ln.root
	}
	lenderText := types.ExprString(ln.lender)
	for _, lhs := range as.Lhs {
		if !plainExpr(lhs) || rootObj(b.info, lhs) != types.Object(ln.root) {
			continue
		}
		t := types.ExprString(lhs)
		if t == lenderText || strings.HasPrefix(lenderText, t+".") {
			return true
		}
	}
	return false
}

func (b *borrowBody) rangeVarOf(n ast.Node) *types.Var {
	id, ok := n.(*ast.Ident)
	if !ok || !b.rangeVars[id] {
		return nil
	}
	if v, ok := b.info.Defs[id].(*types.Var); ok {
		return v
	}
	return asVar(b.info, id)
}

// assigns reports whether n gives v a value that is not the memory it
// held (v = append(v, x) and v = v[1:] keep it), or may (a call given &v).
func (b *borrowBody) assigns(n ast.Node, v *types.Var) bool {
	if b.rangeVarOf(n) == v {
		return true
	}
	switch n := n.(type) {
	case *ast.AssignStmt:
		for i, lhs := range n.Lhs {
			id, ok := ast.Unparen(lhs).(*ast.Ident)
			if !ok || (b.info.Uses[id] != types.Object(v) && b.info.Defs[id] != types.Object(v)) {
				continue
			}
			if len(n.Rhs) == len(n.Lhs) && b.keepsVar(n.Rhs[i], v) {
				continue
			}
			return true
		}
	case *ast.DeclStmt:
		found := false
		ast.Inspect(n, func(m ast.Node) bool {
			if id, ok := m.(*ast.Ident); ok && b.info.Defs[id] == types.Object(v) {
				found = true
			}
			return !found
		})
		return found
	case *ast.ValueSpec:
		for _, id := range n.Names {
			if b.info.Defs[id] == types.Object(v) {
				return true
			}
		}
	}
	// A call given &v may fill it again (rows.Scan(&v)).
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if _, ok := m.(*ast.FuncLit); ok {
			return false
		}
		if u, ok := m.(*ast.UnaryExpr); ok && u.Op == token.AND {
			if id, ok := ast.Unparen(u.X).(*ast.Ident); ok && b.info.Uses[id] == types.Object(v) {
				found = true
			}
		}
		return !found
	})
	return found
}

// keepsVar reports whether e is v, or shares v's memory: v[i:j],
// append(v, ...), a conversion of v to a slice type.
func (b *borrowBody) keepsVar(e ast.Expr, v *types.Var) bool {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return b.info.Uses[x] == types.Object(v)
		case *ast.SliceExpr:
			e = x.X
		case *ast.CallExpr:
			if inner := sharingConversion(b.info, x); inner != nil {
				e = inner
				continue
			}
			if isBuiltin(b.info, x.Fun, "append") && len(x.Args) > 0 {
				e = x.Args[0]
				continue
			}
			return false
		default:
			return false
		}
	}
}

// notARead reports whether the identifier does not read the memory the
// variable holds: it is assigned, or only its length is asked, or it is
// compared with nil.
func (b *borrowBody) notARead(id *ast.Ident, v *types.Var) bool {
	p := b.parents[id]
	for {
		if pe, ok := p.(*ast.ParenExpr); ok {
			p = b.parents[pe]
			continue
		}
		break
	}
	switch p := p.(type) {
	case *ast.AssignStmt:
		for _, lhs := range p.Lhs {
			if ast.Unparen(lhs) == id {
				return true
			}
		}
	case *ast.CallExpr:
		if isBuiltin(b.info, p.Fun, "len") || isBuiltin(b.info, p.Fun, "cap") {
			return true
		}
	case *ast.UnaryExpr:
		// &v handed to a call fills v (rows.Scan(&raw)).
		if p.Op == token.AND {
			_, isArg := b.parents[p].(*ast.CallExpr)
			return isArg
		}
	case *ast.BinaryExpr:
		if p.Op == token.EQL || p.Op == token.NEQ {
			other := p.X
			if ast.Unparen(p.X) == id {
				other = p.Y
			}
			if tv, ok := b.info.Types[other]; ok && tv.IsNil() {
				return true
			}
		}
	case *ast.RangeStmt:
		if p.X == id && p.Key == nil && p.Value == nil {
			return true
		}
	}
	return false
}

// keepsOf climbs from e, an expression holding borrowed memory (result
// index result of a call, when e is a call), through the expressions that
// share it to where it is kept: a variable, a store, a send, a goroutine,
// a return. An expression that reads it at once keeps nothing.
func (b *borrowBody) keepsOf(e ast.Expr, result int) []keep {
	var node ast.Node = e
	contained := false // e is inside a value (an element, a field)
	for {
		p := b.parents[node]
		switch p := p.(type) {
		case *ast.ParenExpr, *ast.StarExpr:
			node = p
			continue
		case *ast.SliceExpr:
			if p.X == node {
				node = p
				continue
			}
			return nil
		case *ast.UnaryExpr:
			if p.Op == token.AND && contained {
				node = p
				continue
			}
			if p.Op == token.ARROW {
				return nil
			}
			return nil
		case *ast.KeyValueExpr:
			if p.Value == node {
				node = p
				continue
			}
			return nil
		case *ast.CompositeLit:
			node, contained = p, true
			continue
		case *ast.CallExpr:
			if node == p.Fun {
				return nil
			}
			if sharingConversion(b.info, p) != nil {
				node = p
				continue
			}
			if isBuiltin(b.info, p.Fun, "append") && len(p.Args) > 0 {
				if p.Args[0] == node {
					node = p
					continue
				}
				if !p.Ellipsis.IsValid() {
					node, contained = p, true
					continue
				}
				return nil // append(dst, b...) copies b
			}
			if b.viewOfArg(p, node) {
				node = p
				continue
			}
			if gs, ok := b.parents[p].(*ast.GoStmt); ok && gs.Call == p {
				return []keep{{at: gs, how: "handed to a goroutine", kind: keepEscape, expr: e}}
			}
			return nil
		case *ast.SendStmt:
			if p.Value == node {
				return []keep{{at: p, how: "sent on " + types.ExprString(p.Chan), kind: keepEscape, expr: e}}
			}
			return nil
		case *ast.ReturnStmt:
			return []keep{{at: p, how: "returned", kind: keepReturn, expr: e}}
		case *ast.AssignStmt:
			lhs := b.lhsFor(p, node, result)
			if lhs == nil {
				return nil
			}
			return b.storeInto(p, lhs, e, contained)
		case *ast.ValueSpec:
			for i, v := range p.Values {
				if v == node && i < len(p.Names) {
					if obj, ok := b.info.Defs[p.Names[i]].(*types.Var); ok && p.Names[i].Name != "_" {
						return []keep{{v: obj, at: b.stmtOf(p), how: "kept in " + obj.Name(), kind: keepVar, expr: e}}
					}
				}
			}
			if len(p.Values) == 1 && len(p.Names) > result && result >= 0 {
				if obj, ok := b.info.Defs[p.Names[result]].(*types.Var); ok && p.Names[result].Name != "_" {
					return []keep{{v: obj, at: b.stmtOf(p), how: "kept in " + obj.Name(), kind: keepVar, expr: e}}
				}
			}
			return nil
		default:
			return nil
		}
	}
}

// goroutineOf returns the go statement (or the call of a Go method,
// errgroup's and sync.WaitGroup's) that runs the function literal holding
// id, or nil.
func (b *borrowBody) goroutineOf(id *ast.Ident) ast.Node {
	for n := b.parents[id]; n != nil && n != ast.Node(b.body); n = b.parents[n] {
		lit, ok := n.(*ast.FuncLit)
		if !ok {
			continue
		}
		call, ok := b.parents[lit].(*ast.CallExpr)
		if !ok {
			continue
		}
		if gs, ok := b.parents[call].(*ast.GoStmt); ok && call.Fun == lit {
			return gs
		}
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Go" && slices.Contains(call.Args, ast.Expr(lit)) {
			return call
		}
	}
	return nil
}

// stmtOf returns the statement holding n.
func (b *borrowBody) stmtOf(n ast.Node) ast.Node {
	for n != nil {
		if _, ok := n.(ast.Stmt); ok {
			return n
		}
		n = b.parents[n]
	}
	return nil
}

// lhsFor returns the target that the right-hand side node is assigned to.
func (b *borrowBody) lhsFor(as *ast.AssignStmt, node ast.Node, result int) ast.Expr {
	if len(as.Lhs) == len(as.Rhs) {
		for i, r := range as.Rhs {
			if r == node {
				return as.Lhs[i]
			}
		}
		return nil
	}
	if len(as.Rhs) == 1 && as.Rhs[0] == node && result >= 0 && result < len(as.Lhs) {
		return as.Lhs[result]
	}
	return nil
}

// storeInto is where an assignment keeps borrowed memory: a local
// variable (a plain one, or one holding a collection or a struct it is
// stored in), or a place the function cannot follow.
func (b *borrowBody) storeInto(as *ast.AssignStmt, lhs ast.Expr, e ast.Expr, contained bool) []keep {
	lhs = ast.Unparen(lhs)
	if id, ok := lhs.(*ast.Ident); ok {
		if id.Name == "_" {
			return nil
		}
		v, _ := b.info.Defs[id].(*types.Var)
		if v == nil {
			v = asVar(b.info, id)
		}
		if v == nil {
			return nil
		}
		if b.isLocal(v) {
			how := "kept in " + v.Name()
			if contained {
				how = "stored in " + v.Name()
			}
			return []keep{{v: v, at: as, how: how, kind: keepVar, expr: e}}
		}
		return []keep{{at: as, how: "stored in " + v.Name(), kind: keepEscape, expr: e, target: v.Name()}}
	}
	// x.f = b, x[k] = b, *p = b: a local value variable x holds it; any
	// other place (through a pointer, a parameter, a global) outlives what
	// the function can follow.
	v := rootVar(b.info, lhs)
	text := types.ExprString(lhs)
	if v != nil && b.isLocal(v) && !b.throughPointer(lhs) {
		return []keep{{v: v, at: as, how: "stored in " + text, kind: keepVar, expr: e}}
	}
	return []keep{{at: as, how: "stored in " + text, kind: keepEscape, expr: e, target: text}}
}

// throughPointer reports whether a selector or index chain goes through a
// pointer or a map or slice (the target is shared memory, not part of the
// variable).
func (b *borrowBody) throughPointer(e ast.Expr) bool {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return false
		case *ast.SelectorExpr:
			if t := b.info.TypeOf(x.X); t != nil {
				if _, ok := t.Underlying().(*types.Pointer); ok {
					return true
				}
			}
			e = x.X
		case *ast.IndexExpr:
			if t := b.info.TypeOf(x.X); t != nil {
				if _, ok := t.Underlying().(*types.Pointer); ok {
					return true
				}
			}
			e = x.X
		default:
			return true
		}
	}
}

// isLocal reports whether v is declared in the body under check (not a
// parameter, a global, or a variable of an enclosing function).
func (b *borrowBody) isLocal(v *types.Var) bool {
	return b.body.Pos() <= v.Pos() && v.Pos() < b.body.End()
}

// viewOfArg reports whether call returns a view of the argument node
// (bytes.TrimSpace(b), by contract).
func (b *borrowBody) viewOfArg(call *ast.CallExpr, node ast.Node) bool {
	arg := b.viewedArg(call)
	return arg != nil && ast.Node(arg) == node
}

// viewedArg returns the argument whose view a call returns, by contract
// (bytes.TrimSpace(b)), or nil.
func (r *borrowRun) viewedArg(call *ast.CallExpr) ast.Expr {
	callee := calledFunc(r.info, call)
	if callee == nil {
		return nil
	}
	s := r.c.contracts.contractSummary(callee.Origin())
	if s == nil || len(s.Results) == 0 || s.Results[0].Kind != alias.ResultView || s.Results[0].Borrowed {
		return nil
	}
	p := s.Results[0].Param
	if callee.Type().(*types.Signature).Recv() != nil {
		p--
	}
	if p < 0 || p >= len(call.Args) {
		return nil
	}
	return call.Args[p]
}

// finding builds the report of a loan kept past end (a call, or a
// deferred release).
func (b *borrowBody) finding(ln *loan, k keep, end ast.Node, use *ast.Ident) *finding {
	lender := types.ExprString(ln.lender)
	call, _ := end.(*ast.CallExpr)
	deferred := false
	if d, ok := end.(*ast.DeferStmt); ok {
		call, deferred = d.Call, true
	}
	endText, until := "the call", "its next use"
	if call != nil {
		endText = callText(call)
		switch {
		case isPoolPut(b.info, call):
			until = "it goes back to the pool"
		case b.loanOf(call) != nil && b.loanOf(call).helper:
			until = "the next " + callText(call)
		default:
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				until = "the next " + sel.Sel.Name
			}
		}
	}
	what := ln.method
	if ln.result < 0 {
		what = "what " + ln.method + " fills in"
	}
	f := finding{check: BorrowedBuffer}
	rel := []analysis.RelatedInformation{related(end.Pos(), "%s reuses the buffer %s lent", endText, lender)}
	switch {
	case deferred:
		f.pos = k.at.Pos()
		f.msg = sprintf("%s is returned without a copy, but it is a buffer %s lends only until %s, and the deferred %s (line %d) runs first: the caller gets memory that the buffer's next use overwrites",
			what, lender, until, endText, b.c.line(end.Pos()))
	case use != nil && strings.HasPrefix(k.how, "kept in ") && b.stmtOf(ln.call) == b.stmtOf(k.at):
		f.pos = use.Pos()
		f.msg = sprintf("%q is %s, a buffer %s lends only until %s: it is read here after %s (line %d) reused the buffer",
			k.v.Name(), what, lender, until, endText, b.c.line(end.Pos()))
		rel = append(rel, related(ln.call.Pos(), "%s is borrowed here", k.v.Name()))
	case use != nil:
		f.pos = k.expr.Pos()
		f.msg = sprintf("%s is %s without a copy, but it is a buffer %s lends only until %s, and %s is read after %s (line %d) reused it",
			what, k.how, lender, until, k.v.Name(), endText, b.c.line(end.Pos()))
		rel = append(rel, related(use.Pos(), "%s is read here", k.v.Name()))
	default:
		f.pos = k.at.Pos()
		if k.expr != nil {
			f.pos = k.expr.Pos()
		}
		f.msg = sprintf("%s is %s without a copy, but it is a buffer %s lends only until %s: from %s (line %d) on, %s may overwrite that memory while it may still be read",
			what, k.how, lender, until, endText, b.c.line(end.Pos()), lender)
	}
	f.related = rel
	f.fixes = b.cloneFix(ln)
	return &f
}

// callText is a call as written, its arguments shortened: "sc.Scan()",
// "pool.Put(buf)", "r.ReadSlice(...)".
func callText(call *ast.CallExpr) string {
	args := ""
	switch {
	case len(call.Args) == 1 && plainExpr(stripAddr(call.Args[0])):
		args = types.ExprString(call.Args[0])
	case len(call.Args) > 0:
		args = "..."
	}
	return types.ExprString(call.Fun) + "(" + args + ")"
}

// cloneFix wraps the borrowing call in bytes.Clone when it is a single
// []byte result and the file imports bytes under its own name.
func (b *borrowBody) cloneFix(ln *loan) []analysis.SuggestedFix {
	if ln.result != 0 {
		return nil
	}
	t := b.info.TypeOf(ln.call)
	if t == nil {
		return nil
	}
	if _, isTuple := t.(*types.Tuple); isTuple {
		return nil
	}
	if !types.Identical(t, types.NewSlice(types.Typ[types.Byte])) {
		return nil
	}
	if !b.importsBytes(ln.call.Pos()) {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message: "Keep a copy: bytes.Clone(" + ln.method + ")",
		TextEdits: []analysis.TextEdit{
			{Pos: ln.call.Pos(), End: ln.call.Pos(), NewText: []byte("bytes.Clone(")},
			{Pos: ln.call.End(), End: ln.call.End(), NewText: []byte(")")},
		},
	}}
}

// importsBytes reports whether the file holding pos imports "bytes" as
// bytes, and nothing at pos's scope hides that name.
func (b *borrowBody) importsBytes(pos token.Pos) bool {
	for _, f := range b.c.pass.Files {
		if f.FileStart > pos || pos >= f.FileEnd {
			continue
		}
		for _, imp := range f.Imports {
			if imp.Path.Value == `"bytes"` && (imp.Name == nil || imp.Name.Name == "bytes") {
				scope := b.c.pass.Pkg.Scope().Innermost(pos)
				if scope == nil {
					return false
				}
				_, obj := scope.LookupParent("bytes", pos)
				pkg, ok := obj.(*types.PkgName)
				return ok && pkg.Imported().Path() == "bytes"
			}
		}
	}
	return false
}
