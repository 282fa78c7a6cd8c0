package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
	"github.com/viewcheck/viewcheck/analyzer/internal/directive"
)

// AppendAlias is the ID of check VC1012, append-alias.
const AppendAlias = "VC1012"

func init() {
	register(appendAlias, hooks{syntax: (*checker).checkAppendAliases})
}

// appendAlias is VC1012's entry in Checks.
var appendAlias = &Check{
	ID: AppendAlias, Name: "append-alias", Since: "0.3.0", Default: true, Slices: []string{"A"},
	Title: "Two slices share one backing array through append while its capacity lasts",
	Text: "`append(s, x)` writes `x` into `s`'s backing array when `s` has spare capacity, and returns a slice of that same array;" + `
only when the capacity is used up does it copy. VC1012 reports three shapes whose outcome depends on that capacity:

- two results of ` + "`append`" + ` on one unchanged base, both live: ` + "`a := append(base, x); b := append(base, y)`" + ` and ` + "`a`" + ` used
  afterwards (the second append overwrites the last element of ` + "`a`" + `); the same when each iteration of a loop stores
  ` + "`append(base, x)`" + ` into a collection, a map, a field or a channel while ` + "`base`" + ` does not change
  (kubernetes/kubernetes#70678). A function that returns ` + "`append(p, ...)`" + ` of its parameter (` + "`NewCgroupName`" + `), directly or
  through such a helper, in this package or another, counts at its call sites as an append on the argument; so do
  the standard library's functions whose contract says ` + "`capview`" + ` (` + "`slices.Grow`, `slices.Insert`" + `). The function itself is not
  reported: returning ` + "`append(dst, ...)`" + ` is the AppendXxx idiom (` + "`strconv.AppendInt`" + `).
- an append into a slice the function does not own, whose result is kept somewhere other than back in that slice: a
  field reached through a parameter or the receiver (` + "`all := append(pod.Spec.Containers, pod.Spec.InitContainers...)`" + `,
  kubernetes-sigs/descheduler#1900; ` + "`y.Images = append(append(o.Images, y.Images...), d.Images...)`" + `, lima-vm/lima#3287,
  which gocritic's appendAssign does not see; ` + "`all := append(c.opts, extra...)`" + `, kgateway-dev/kgateway#14535), or a
  parameter that the function does not return (` + "`st := string(append(prefix, start...))`" + `, ethereum/go-ethereum#35304).
- an insert or delete written as ` + "`append(s[:i], ...)`" + ` whose result is not assigned back to ` + "`s`" + `, while ` + "`s`" + ` (or a slice of
  it taken before, ` + "`rear := s[i:]`" + `) is read afterwards: ` + "`s[:i]`" + ` has the rest of ` + "`s`" + ` as its spare capacity, so the append
  overwrites it (golang/go#32127, golang/go#19982).

Why it matters: the program works while the base happens to be full (a literal, a fresh ` + "`make`" + `) and corrupts data as
soon as it has room, for instance after an earlier append grew it: cgroup names of two pods end in the same
component, a cached object's containers change under a filter, a key prefix owned by the caller gets the key's bytes.

Not reported: ` + "`s = append(s, ...)`, `x.f = append(x.f, ...)`" + ` and a nested append whose outer result goes back into its inner
base; a base capped with a full slice expression (` + "`b[:len(b):len(b)]`" + `, ` + "`s[:i:i]`" + `), ` + "`append([]T(nil), ...)`" + `, ` + "`slices.Clip(b)`" + `,
or a variable that only ever holds a composite literal or ` + "`make([]T, n)`" + ` (its capacity is its length); two appends of the
same values (the shared slot gets what it had); a first result no longer used when the second append runs; a loop
storing into one location each iteration (` + "`cfg.Env = append(saved, x)`" + `: each store replaces the last). For a slice the
function does not own: a result returned (` + "`return append(dst, ...)`" + `, the AppendXxx idiom, also inside a returned
composite literal), a parameter named like a destination (` + "`dst`, `keysDst`" + `), a function that asks for ` + "`cap`" + ` of the base or
the result (it uses the spare capacity on purpose), a parameter the function assigns anywhere, a parameter of a
function literal (its callers are in view), a parameter's append passed straight to a call (` + "`visit(append(stack, x))`" + `,
the depth-first idiom: only a conversion such as ` + "`string(...)`" + ` or a variable counts as keeping it), fields reached through
a local variable (` + "`spec := &pod.Spec`" + `), a map element or a call. For inserts and deletes: ` + "`s[:0]`" + ` (a buffer reused, whose old
contents are not wanted), the in-place filter ` + "`out := s[:0] ... s = out`" + `, ` + "`s`" + ` not read afterwards (only its length
counts), and a ` + "`remove(s, i)`" + ` helper returning ` + "`append(s[:i], ...)`" + ` of its parameter, which changes its caller's slice: that is a callee changing its caller's slice, not reported here.`,
	Before: `func NewCgroupName(base CgroupName, comps ...string) CgroupName {
	return append(base, comps...)
}

a := NewCgroupName(parent, "pod1")
b := NewCgroupName(parent, "pod2") // VC1012: overwrites a's last component
use(a, b)`,
	After: `a := NewCgroupName(parent[:len(parent):len(parent)], "pod1")
b := NewCgroupName(parent[:len(parent):len(parent)], "pod2")
use(a, b)`,
	Fix: "Cap the base before appending, so that append must copy: the suggested fix turns `append(base, x)` into `append(base[:len(base):len(base)], x)` (and the argument of a helper that appends to it likewise); `slices.Concat(base, more)` and `slices.Clone` say the same thing in other words. For an insert or delete written as `append(s[:i], ...)` it caps the prefix, `append(s[:i:i], ...)`, so that `s` is left as it was; `slices.Insert`/`slices.Delete` are the in-place alternatives when `s` itself should change.",
}

// An appendSite is a call that appends to its base: the builtin append, a
// function whose contract says capview, or one with an Appends fact.
type appendSite struct {
	call  *ast.CallExpr
	base  ast.Expr
	via   string // "append", "slices.Grow", "NewCgroupName"
	stack []ast.Node
}

// An appendUnit is one function body (a declaration's or a literal's) with
// the variables that belong to its callers: parameters and receivers.
type appendUnit struct {
	decl   *ast.FuncDecl
	body   *ast.BlockStmt
	params map[*types.Var]bool
	sites  []*appendSite
}

// appendState holds what VC1012 knows in one package.
type appendState struct {
	c        *checker
	info     *types.Info
	local    map[*types.Func]uint64 // Appends bits found in this package
	outside  map[*types.Func]uint64 // contracts and imported facts, looked up once per callee
	exact    map[*types.Var]bool    // variables whose capacity is their length
	assigned map[*types.Var]bool    // variables assigned other than at their declaration
}

// checkAppendAliases exports the Appends facts of the package's functions
// and reports VC1012 in every function body.
func (c *checker) checkAppendAliases() {
	st := &appendState{c: c, info: c.pass.TypesInfo, local: make(map[*types.Func]uint64)}
	var decls []*ast.FuncDecl
	for _, file := range c.pass.Files {
		for _, d := range file.Decls {
			if decl, ok := d.(*ast.FuncDecl); ok && decl.Body != nil {
				decls = append(decls, decl)
			}
		}
	}
	// Helpers calling helpers: iterate to a fixed point (bits only grow).
	for changed, rounds := true, 0; changed && rounds < 8; rounds++ {
		changed = false
		for _, decl := range decls {
			obj, _ := st.info.Defs[decl.Name].(*types.Func)
			if obj == nil {
				continue
			}
			if bits := st.appendedParams(decl); bits != st.local[obj] {
				st.local[obj], changed = bits, true
			}
		}
	}
	for _, decl := range decls {
		obj, _ := st.info.Defs[decl.Name].(*types.Func)
		if obj != nil && st.local[obj] != 0 {
			c.pass.ExportObjectFact(obj, &alias.Appends{Params: st.local[obj]})
		}
	}
	if c.factsOnly {
		return
	}
	for _, decl := range decls {
		for _, u := range st.units(decl) {
			if len(u.sites) == 0 {
				continue
			}
			if st.exact == nil {
				st.scanAssignments()
			}
			st.checkUnit(u)
		}
	}
}

// appends returns the parameters (bit i, ssa numbering) whose spare
// capacity a callee's result uses: by contract (capview), by what this
// package found, or by an imported fact.
func (st *appendState) appends(callee *types.Func) uint64 {
	callee = callee.Origin()
	if b, ok := st.local[callee]; ok {
		return b
	}
	if b, ok := st.outside[callee]; ok {
		return b
	}
	b := st.lookupAppends(callee)
	if st.outside == nil {
		st.outside = make(map[*types.Func]uint64)
	}
	st.outside[callee] = b
	return b
}

func (st *appendState) lookupAppends(callee *types.Func) uint64 {
	if e := st.c.contracts.set.Lookup(callee.FullName()); e != nil {
		// Read from the words: a generic function's summary has no
		// result for a type parameter (slices.Grow returns S).
		params := signatureParams(callee.Type().(*types.Signature))
		var bits uint64
		for _, d := range e.Words {
			if d.Kind != directive.CapView {
				continue
			}
			for i, p := range params {
				if i < 64 && (len(d.Args) == 0 && i == 0 || len(d.Args) > 0 && p == d.Args[0]) {
					bits |= 1 << uint(i)
				}
			}
		}
		return bits
	}
	var fact alias.Appends
	if callee.Pkg() != nil && callee.Pkg() != st.c.pass.Pkg && st.c.pass.ImportObjectFact(callee, &fact) {
		return fact.Params
	}
	return 0
}

func capacityBits(s *alias.Summary) uint64 {
	var bits uint64
	for _, r := range s.Results {
		if r.Capacity && r.Param >= 0 && r.Param < 64 {
			bits |= 1 << uint(r.Param)
		}
	}
	return bits
}

// siteOf returns the append site a call is, if any.
func (st *appendState) siteOf(call *ast.CallExpr) (*appendSite, bool) {
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := st.info.Uses[id].(*types.Builtin); ok {
			if b.Name() != "append" || len(call.Args) == 0 {
				return nil, false
			}
			if s := st.c.contracts.builtinSummary("append"); s != nil && capacityBits(s)&1 == 0 {
				return nil, false
			}
			return &appendSite{call: call, base: call.Args[0], via: "append"}, true
		}
	}
	callee := staticCallee(st.info, call)
	if callee == nil {
		return nil, false
	}
	bits := st.appends(callee)
	if bits == 0 {
		return nil, false
	}
	sig, ok := callee.Type().(*types.Signature)
	if !ok {
		return nil, false
	}
	offset := 0
	if sig.Recv() != nil {
		offset = 1
	}
	via := callee.Name()
	if callee.Pkg() != nil && callee.Pkg() != st.c.pass.Pkg && sig.Recv() == nil {
		via = callee.Pkg().Name() + "." + via
	}
	for i := 0; i < 64; i++ {
		if bits&(1<<uint(i)) == 0 {
			continue
		}
		var arg ast.Expr
		switch k := i - offset; {
		case k < 0:
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok {
				continue
			}
			arg = sel.X
		case k < len(call.Args):
			if sig.Variadic() && k >= sig.Params().Len()-1 && !call.Ellipsis.IsValid() {
				continue // an element of a variadic slice made at the call
			}
			arg = call.Args[k]
		default:
			continue
		}
		return &appendSite{call: call, base: arg, via: via}, true
	}
	return nil, false
}

// appendedParams returns the slice parameters (bit i, ssa numbering) that
// decl returns appended to: return append(p, ...), return helper(p, ...)
// for a helper that does, or return p where p is only ever assigned
// p = append(p, ...).
func (st *appendState) appendedParams(decl *ast.FuncDecl) uint64 {
	if decl.Type.Results == nil || namedResultIsParam(decl) {
		return 0
	}
	params := make(map[*types.Var]int)
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
				if v, ok := st.info.Defs[name].(*types.Var); ok && isSliceType(v.Type()) && i < 64 {
					params[v] = i
				}
				i++
			}
		}
	}
	if len(params) == 0 {
		return 0
	}
	appended := make(map[*types.Var]bool) // assigned p = append(p, ...) only
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			for k, lhs := range n.Lhs {
				id, ok := ast.Unparen(lhs).(*ast.Ident)
				if !ok {
					continue
				}
				v := asVar(st.info, id)
				if _, isParam := params[v]; !isParam {
					continue
				}
				ok = false
				if len(n.Rhs) == len(n.Lhs) && n.Tok == token.ASSIGN {
					if call, isCall := ast.Unparen(n.Rhs[k]).(*ast.CallExpr); isCall {
						if s, isSite := st.siteOf(call); isSite && identVar(st.info, s.base) == v {
							ok = true
						}
					}
				}
				if ok {
					appended[v] = true
				} else {
					delete(params, v)
				}
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND {
				delete(params, asVar(st.info, id))
			}
		}
		return true
	})
	var bits uint64
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		ret, ok := n.(*ast.ReturnStmt)
		if !ok {
			return true
		}
		for _, r := range ret.Results {
			switch e := ast.Unparen(r).(type) {
			case *ast.CallExpr:
				if s, ok := st.siteOf(e); ok {
					if i, ok := params[identVar(st.info, s.base)]; ok {
						bits |= 1 << uint(i)
					}
				}
			case *ast.Ident:
				if v := asVar(st.info, e); appended[v] {
					if i, ok := params[v]; ok {
						bits |= 1 << uint(i)
					}
				}
			}
		}
		return true
	})
	return bits
}

// units returns decl's body and each function literal's body in it, with
// their append sites (a literal's sites belong to the literal).
func (st *appendState) units(decl *ast.FuncDecl) []*appendUnit {
	params := make(map[*types.Var]bool)
	addParams := func(params map[*types.Var]bool, fls ...*ast.FieldList) {
		for _, fl := range fls {
			if fl == nil {
				continue
			}
			for _, field := range fl.List {
				for _, name := range field.Names {
					if v, ok := st.info.Defs[name].(*types.Var); ok {
						params[v] = true
					}
				}
			}
		}
	}
	addParams(params, decl.Recv, decl.Type.Params)
	top := &appendUnit{decl: decl, body: decl.Body, params: params}
	out := []*appendUnit{top}
	var walk func(u *appendUnit, n ast.Node, stack []ast.Node)
	walk = func(u *appendUnit, root ast.Node, stack []ast.Node) {
		ast.Inspect(root, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			if lit, ok := n.(*ast.FuncLit); ok && n != root {
				inner := &appendUnit{decl: decl, body: lit.Body, params: make(map[*types.Var]bool)}
				for v := range u.params {
					inner.params[v] = true
				}
				addParams(inner.params, lit.Type.Params)
				out = append(out, inner)
				walk(inner, lit.Body, nil)
				return false
			}
			stack = append(stack, n)
			if call, ok := n.(*ast.CallExpr); ok {
				if s, ok := st.siteOf(call); ok {
					s.stack = append([]ast.Node(nil), stack...)
					u.sites = append(u.sites, s)
				}
			}
			return true
		})
	}
	walk(top, decl.Body, nil)
	return out
}

// scanAssignments records, once per package, which variables are assigned
// after their declaration, and which only ever hold a composite literal or
// make([]T, n): their capacity is their length, so append on them copies.
func (st *appendState) scanAssignments() {
	st.exact = make(map[*types.Var]bool)
	st.assigned = make(map[*types.Var]bool)
	notExact := make(map[*types.Var]bool)
	note := func(v *types.Var, value ast.Expr, decl bool) {
		if v == nil {
			return
		}
		if !decl {
			st.assigned[v] = true
		}
		if value != nil && st.fullCapacity(value) {
			st.exact[v] = true
		} else {
			notExact[v] = true
		}
	}
	for _, file := range st.c.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for k, lhs := range n.Lhs {
					id, ok := ast.Unparen(lhs).(*ast.Ident)
					if !ok {
						continue
					}
					var value ast.Expr
					if len(n.Rhs) == len(n.Lhs) && n.Tok != token.ADD_ASSIGN {
						value = n.Rhs[k]
					}
					if v, ok := st.info.Defs[id].(*types.Var); ok {
						note(v, value, true)
					} else {
						note(asVar(st.info, id), value, false)
					}
				}
			case *ast.ValueSpec:
				for k, name := range n.Names {
					var value ast.Expr
					if len(n.Values) == len(n.Names) {
						value = n.Values[k]
					}
					v, _ := st.info.Defs[name].(*types.Var)
					note(v, value, true)
				}
			case *ast.RangeStmt:
				for _, e := range []ast.Expr{n.Key, n.Value} {
					if id, ok := e.(*ast.Ident); ok {
						if n.Tok == token.ASSIGN {
							note(asVar(st.info, id), nil, false)
						} else {
							v, _ := st.info.Defs[id].(*types.Var)
							note(v, nil, true)
						}
					}
				}
			case *ast.UnaryExpr:
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND {
					note(asVar(st.info, id), nil, false)
				}
			}
			return true
		})
	}
	for v := range notExact {
		delete(st.exact, v)
	}
}

// fullCapacity reports whether an expression makes a slice whose capacity
// is its length: a composite literal, make([]T, n), nil, or a slice capped
// with a full slice expression.
func (st *appendState) fullCapacity(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return true
	case *ast.Ident:
		return x.Name == "nil" && st.info.Uses[x] == types.Universe.Lookup("nil")
	case *ast.SliceExpr:
		return x.Slice3
	case *ast.CallExpr:
		if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok {
			if b, ok := st.info.Uses[id].(*types.Builtin); ok && b.Name() == "make" {
				return len(x.Args) == 2
			}
		}
		if tv, ok := st.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return st.fullCapacity(x.Args[0]) // []T(nil)
		}
		if fn := staticCallee(st.info, x); fn != nil && fn.Pkg() != nil {
			switch fn.Pkg().Path() + "." + fn.Name() {
			case "slices.Clip":
				return true
			}
		}
	}
	return false
}

// baseKey returns the text and root variable of a base that is a variable
// or a chain of field selections from one, not capped; ok is false for
// anything else (a call, a literal, an index, a full slice expression).
func (st *appendState) baseKey(e ast.Expr) (key string, root *types.Var, fields int, ok bool) {
	e = ast.Unparen(e)
	for x := e; ; {
		switch y := x.(type) {
		case *ast.Ident:
			root = asVar(st.info, y)
			if root == nil {
				return "", nil, 0, false
			}
			return types.ExprString(e), root, fields, true
		case *ast.SelectorExpr:
			sel := st.info.Selections[y]
			if sel == nil || sel.Kind() != types.FieldVal {
				return "", nil, 0, false
			}
			fields++
			x = ast.Unparen(y.X)
		default:
			return "", nil, 0, false
		}
	}
}

// siteContext describes where an append site's result goes.
type siteContext struct {
	top    ast.Expr   // the outermost append whose base is (a chain down to) the site
	lhs    ast.Expr   // the expression the result is assigned to, or nil
	result *types.Var // the variable it is assigned to, or nil
	ret    bool       // returned
	stored bool       // stored into a collection, a map, a field, a channel
}

// context returns where a site's result goes, through outer appends that
// take it as their base.
func (st *appendState) context(s *appendSite) siteContext {
	var ctx siteContext
	var cur ast.Expr = s.call
	i := len(s.stack) - 2
	for ; i >= 0; i-- {
		if p, ok := s.stack[i].(*ast.ParenExpr); ok {
			cur = p
			continue
		}
		// A slice of the result carries the same array on:
		// attrs = r.AppendElements(attrs[:0])[1:].
		if p, ok := s.stack[i].(*ast.SliceExpr); ok && p.X == cur {
			cur = p
			continue
		}
		// An outer append whose base this is: follow its result.
		if outer, ok := s.stack[i].(*ast.CallExpr); ok && len(outer.Args) > 0 && outer.Args[0] == cur {
			if o, isSite := st.siteOf(outer); isSite && o.base == cur {
				cur = outer
				continue
			}
		}
		break
	}
	ctx.top = cur
	if i < 0 {
		return ctx
	}
	switch p := s.stack[i].(type) {
	case *ast.AssignStmt:
		if len(p.Lhs) == len(p.Rhs) {
			for k, r := range p.Rhs {
				if r == cur {
					ctx.lhs = p.Lhs[k]
					switch l := ast.Unparen(p.Lhs[k]).(type) {
					case *ast.Ident:
						if v, ok := st.info.Defs[l].(*types.Var); ok {
							ctx.result = v
						} else {
							ctx.result = asVar(st.info, l)
						}
					case *ast.IndexExpr, *ast.SelectorExpr, *ast.StarExpr:
						ctx.stored = true
					}
				}
			}
		}
	case *ast.ValueSpec:
		for k, r := range p.Values {
			if r == cur && k < len(p.Names) {
				ctx.lhs = p.Names[k]
				ctx.result, _ = st.info.Defs[p.Names[k]].(*types.Var)
			}
		}
	case *ast.ReturnStmt:
		ctx.ret = true
	case *ast.SendStmt:
		ctx.stored = p.Value == cur
	case *ast.KeyValueExpr:
		ctx.stored = p.Value == cur
	case *ast.CompositeLit:
		ctx.stored = true
	case *ast.CallExpr:
		// An element appended to a collection: append(out, append(base, x)).
		if len(p.Args) > 1 && p.Args[0] != cur && !p.Ellipsis.IsValid() {
			if o, ok := st.siteOf(p); ok && o.via == "append" {
				ctx.stored = true
			}
		}
	}
	return ctx
}

// checkUnit reports VC1012's three shapes in one function body.
func (st *appendState) checkUnit(u *appendUnit) {
	// The control flow graph is built only for the bodies that need it
	// (c.flow keeps it): most appends are quiet before any flow question.
	g := func() *flowGraph { return st.c.flow(u.body) }
	ctxs := make([]siteContext, len(u.sites))
	for i, s := range u.sites {
		ctxs[i] = st.context(s)
	}
	for i, s := range u.sites {
		st.checkSplice(u, g, s, ctxs[i])
	}
	paired := st.checkTwoResults(u, g, ctxs)
	for i, s := range u.sites {
		if !paired[s] {
			st.checkStoredInLoop(u, g, s, ctxs[i])
		}
	}
	for i, s := range u.sites {
		if !paired[s] {
			st.checkNotOwned(u, s, ctxs[i])
		}
	}
}

// writesTo returns a stop for reachesAvoiding: a node that assigns the
// base (its text, a prefix of its field chain, or its root variable) or
// takes the root's address.
func (st *appendState) writesTo(key string, root *types.Var) func(ast.Node) bool {
	return func(n ast.Node) bool {
		found := false
		ast.Inspect(n, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.FuncLit:
				return false
			case *ast.AssignStmt:
				for _, lhs := range m.Lhs {
					text := types.ExprString(ast.Unparen(lhs))
					if text == key || strings.HasPrefix(key, text+".") {
						found = true
					}
					if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && (asVar(st.info, id) == root || st.info.Defs[id] == root) {
						found = true
					}
				}
			case *ast.ValueSpec:
				for _, name := range m.Names {
					if st.info.Defs[name] == root {
						found = true
					}
				}
			case *ast.UnaryExpr:
				if m.Op == token.AND && rootVar(st.info, m.X) == root {
					found = true
				}
			}
			return !found
		})
		return found
	}
}

// sameAppended reports whether two sites append the same expressions
// (pending = append(np, b); groups = append(groups, append(np, b))): the
// second writes what the first wrote, so the shared slots keep their
// values.
func sameAppended(a, b *appendSite) bool {
	if a.via != b.via || len(a.call.Args) != len(b.call.Args) || a.call.Ellipsis.IsValid() != b.call.Ellipsis.IsValid() {
		return false
	}
	for k := range a.call.Args {
		if types.ExprString(a.call.Args[k]) != types.ExprString(b.call.Args[k]) {
			return false
		}
	}
	return true
}

// declaredInLoopAround reports whether v is declared inside a loop that
// holds both sites (its body, or a range statement's key or value): each
// iteration has a v of its own, so going around the loop is not going
// from one append on v to another.
func declaredInLoopAround(a, b *appendSite, v *types.Var) bool {
	for i := len(a.stack) - 1; i >= 0; i-- {
		switch l := a.stack[i].(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			if l.Pos() <= b.call.Pos() && b.call.End() <= l.End() {
				return l.Pos() <= v.Pos() && v.Pos() < l.End()
			}
		}
	}
	return false
}

// usedAfter returns a use of v that control reaches from the node holding
// from without passing an assignment to v, or nil.
func (st *appendState) usedAfter(u *appendUnit, g func() *flowGraph, v *types.Var, from token.Pos, skip func(*ast.Ident) bool) *ast.Ident {
	stop := st.writesTo(v.Name(), v)
	var found *ast.Ident
	ast.Inspect(u.body, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		id, ok := n.(*ast.Ident)
		if !ok || st.info.Uses[id] != v || (skip != nil && skip(id)) {
			return true
		}
		if g().reachesAvoiding(from, id.Pos(), stop) {
			found = id
		}
		return true
	})
	return found
}

// isAssignTarget reports whether id is the whole left-hand side of an
// assignment (a write of the variable, not a read).
func isAssignTarget(body ast.Node, id *ast.Ident) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, lhs := range as.Lhs {
				if ast.Unparen(lhs) == id {
					found = true
				}
			}
		}
		return n == nil || n.Pos() <= id.Pos() && id.End() <= n.End()
	})
	return found
}

// checkTwoResults reports the second of two appends on one unchanged base
// while the first one's result is still used (or stored) afterwards. It
// returns the sites of the pairs it reported, which the other shapes leave
// alone (one finding per bug).
func (st *appendState) checkTwoResults(u *appendUnit, g func() *flowGraph, ctxs []siteContext) map[*appendSite]bool {
	paired := make(map[*appendSite]bool)
	type keyed struct {
		key  string
		root *types.Var
	}
	keys := make([]keyed, len(u.sites))
	byKey := make(map[keyed][]int)
	for i, s := range u.sites {
		if key, root, _, ok := st.baseKey(s.base); ok && !(st.exact[root] && !u.params[root]) {
			keys[i] = keyed{key, root}
			byKey[keys[i]] = append(byKey[keys[i]], i)
		}
	}
	for j, b := range u.sites {
		if keys[j].root == nil || len(byKey[keys[j]]) < 2 {
			continue
		}
		keyA, rootA := keys[j].key, keys[j].root
		for _, i := range byKey[keys[j]] {
			a := u.sites[i]
			if i == j {
				continue
			}
			ca := ctxs[i]
			if ca.top != a.call && ca.top != nil {
				continue // a nested append: its outer result is what is kept
			}
			if ca.result != nil && (ca.result == rootA || ca.result == ctxs[j].result) {
				continue // the base itself, or replaced by the second result
			}
			if ca.result == nil && !ca.stored || ca.lhs != nil && types.ExprString(ast.Unparen(ca.lhs)) == keyA {
				continue // dropped, or x.f = append(x.f, ...): the base itself grows
			}
			if sameAppended(a, b) {
				continue // both write the same values into the shared slots
			}
			if b.call.Pos() < a.call.Pos() && declaredInLoopAround(a, b, rootA) {
				continue // around a loop whose iterations each have their own base
			}
			stop := st.writesTo(keyA, rootA)
			sameNode := false
			if g() == nil {
				continue
			}
			if pa, ok := g().point(a.call.Pos()); ok {
				if pb, ok := g().point(b.call.Pos()); ok && pa.node == pb.node && a.call.End() <= b.call.Pos() {
					sameNode = true
				}
			}
			if !sameNode && !g().reachesAvoiding(a.call.Pos(), b.call.Pos(), stop) {
				continue
			}
			var use *ast.Ident
			if ca.result != nil {
				use = st.usedAfter(u, g, ca.result, b.call.Pos(), func(id *ast.Ident) bool { return isAssignTarget(u.body, id) })
				if use == nil {
					continue
				}
			} else if !sameNode && !ca.stored {
				continue
			}
			st.reportTwoResults(a, b, ca, use, keyA)
			paired[a], paired[b] = true, true
			break
		}
	}
	return paired
}

func (st *appendState) reportTwoResults(a, b *appendSite, ca siteContext, use *ast.Ident, key string) {
	c := st.c
	first := "the result stored at line " + itoa(c.line(a.call.Pos()))
	if ca.result != nil {
		first = quote(ca.result.Name())
	}
	msg := sprintf("%s(%s, ...) appends to %s again while %s, made by %s(%s, ...) at line %d, is still used: while %s has spare capacity both share it, and this append overwrites the end of %s",
		b.via, key, key, first, a.via, key, c.line(a.call.Pos()), key, first)
	rel := []analysis.RelatedInformation{related(a.call.Pos(), "%s is made here, from %s's backing array", first, key)}
	if use != nil {
		rel = append(rel, related(use.Pos(), "%s is used here, after the second append", use.Name))
	}
	c.report(finding{check: AppendAlias, pos: b.call.Pos(), msg: msg, related: rel,
		fixes: st.capFix(key, a.base, b.base)})
}

// checkStoredInLoop reports an append on a base that the loop does not
// change, whose result each iteration stores: every stored slice shares
// the base's spare capacity.
func (st *appendState) checkStoredInLoop(u *appendUnit, g func() *flowGraph, s *appendSite, ctx siteContext) {
	key, root, _, ok := st.baseKey(s.base)
	if !ok || ctx.top != s.call || st.exact[root] && !u.params[root] {
		return
	}
	if ctx.lhs != nil && types.ExprString(ast.Unparen(ctx.lhs)) == key {
		return // x.f = append(x.f, ...): the base grows
	}
	var loop ast.Node
	for i := len(s.stack) - 1; i >= 0 && loop == nil; i-- {
		switch l := s.stack[i].(type) {
		case *ast.ForStmt:
			loop = l.Body
		case *ast.RangeStmt:
			loop = l.Body
		}
	}
	if loop == nil || loop.Pos() <= root.Pos() && root.Pos() < loop.End() {
		return // not in a loop, or a base made in each iteration
	}
	stored := ctx.stored && !sameEachIteration(st.info, ctx.lhs, loop)
	if !stored && ctx.result != nil && ctx.result != root && loop.Pos() <= ctx.result.Pos() && ctx.result.Pos() < loop.End() {
		// A variable of the iteration that is then stored.
		stored = st.storedElsewhere(loop, ctx.result)
	}
	if !stored || !g().reachesAvoiding(s.call.Pos(), s.call.Pos(), st.writesTo(key, root)) {
		return
	}
	msg := sprintf("each iteration stores %s(%s, ...) while %s does not change: while %s has spare capacity every stored slice shares it, and each iteration overwrites the end of the ones stored before",
		s.via, key, key, key)
	st.c.report(finding{check: AppendAlias, pos: s.call.Pos(), msg: msg,
		related: []analysis.RelatedInformation{related(root.Pos(), "%s is declared here, outside the loop", root.Name())},
		fixes:   st.capFix(key, s.base)})
}

// sameEachIteration reports whether a store's target is one location for
// every iteration of loop (a field of a variable declared outside it, or
// *p): each store replaces the one before, so no two stored slices are
// alive at once.
func sameEachIteration(info *types.Info, lhs ast.Expr, loop ast.Node) bool {
	switch l := ast.Unparen(lhs).(type) {
	case *ast.SelectorExpr, *ast.StarExpr:
		root := rootVar(info, l)
		if sel, ok := l.(*ast.SelectorExpr); ok {
			if s := info.Selections[sel]; s == nil || s.Kind() != types.FieldVal {
				return false
			}
		}
		if star, ok := l.(*ast.StarExpr); ok {
			root = identVar(info, star.X)
		}
		return root != nil && !(loop.Pos() <= root.Pos() && root.Pos() < loop.End())
	}
	return false
}

// storedElsewhere reports whether v is stored in n: assigned to a map or
// slice element or a field, sent, or put in a composite literal.
func (st *appendState) storedElsewhere(n ast.Node, v *types.Var) bool {
	found := false
	is := func(e ast.Expr) bool { return identVar(st.info, e) == v }
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			if len(m.Lhs) == len(m.Rhs) {
				for k, lhs := range m.Lhs {
					switch ast.Unparen(lhs).(type) {
					case *ast.IndexExpr, *ast.SelectorExpr, *ast.StarExpr:
						if is(m.Rhs[k]) && !sameEachIteration(st.info, lhs, n) {
							found = true
						}
					}
				}
			}
		case *ast.SendStmt:
			found = found || is(m.Value)
		case *ast.CompositeLit:
			for _, e := range m.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					e = kv.Value
				}
				found = found || is(e)
			}
		case *ast.CallExpr:
			if s, ok := st.siteOf(m); ok && s.via == "append" && !m.Ellipsis.IsValid() {
				for _, a := range m.Args[1:] {
					found = found || is(a)
				}
			}
		}
		return !found
	})
	return found
}

// checkNotOwned reports an append into a slice the function does not own
// (a parameter, a field reached through one) whose result is kept
// elsewhere than back in that slice.
func (st *appendState) checkNotOwned(u *appendUnit, s *appendSite, ctx siteContext) {
	key, root, fields, ok := st.baseKey(s.base)
	if !ok || !u.params[root] || st.assigned[root] || !isSliceType(st.info.TypeOf(s.base)) {
		return
	}
	if !st.declParam(u.decl, root) {
		return // a function literal's parameter: its callers are in this function
	}
	if ctx.lhs != nil && types.ExprString(ast.Unparen(ctx.lhs)) == key {
		return // x.f = append(x.f, ...)
	}
	if st.assignsText(u.decl.Body, key, ctx.result) {
		return // the base is assigned in this function: given new backing, or the result put back
	}
	// A parameter appended to and returned is the AppendXxx idiom; a
	// field's is a value the caller gets and decides about (it often
	// assigns it back: it.path = it.nextPath()).
	if ctx.ret || ctx.result != nil && st.returned(u.body, ctx.result) || inReturn(s) {
		return
	}
	// A destination parameter (dst, keysDst) is there to be appended to,
	// and a function that asks for cap() of the base or the result knows
	// it is using the spare capacity (testAllComments in x/net/html).
	if name := strings.ToLower(root.Name()); fields == 0 && strings.Contains(name, "dst") ||
		st.asksCap(u.body, root, ctx.result) {
		return
	}
	what := ""
	if fields == 0 {
		// A variadic or plain parameter kept only locally is the
		// caller's spare capacity written (go-ethereum#35304).
		if ctx.result == nil && !ctx.stored && !st.convertedToString(s) {
			return
		}
		what = sprintf("%s is a parameter: its backing array and spare capacity are the caller's", key)
		if sig, ok := st.info.Defs[u.decl.Name].(*types.Func); ok && u.body == u.decl.Body {
			if isVariadic(sig.Type().(*types.Signature), root) {
				what = sprintf("%s is a variadic parameter: a caller passing %s... shares its backing array and spare capacity", key, key)
			}
		}
	} else {
		kind := "a parameter"
		if u.decl.Recv != nil && len(u.decl.Recv.List) > 0 && len(u.decl.Recv.List[0].Names) > 0 && st.info.Defs[u.decl.Recv.List[0].Names[0]] == root {
			kind = "the receiver"
		}
		what = sprintf("%s is reached through %s %s: its backing array and spare capacity belong to whoever made it", key, kind, root.Name())
	}
	where := "its result is kept"
	switch {
	case ctx.result != nil:
		where = sprintf("its result is kept in %s", quote(ctx.result.Name()))
	case ctx.lhs != nil:
		where = sprintf("its result is stored in %s", types.ExprString(ctx.lhs))
	case ctx.top != s.call:
		where = "its result is appended to again"
	case ctx.ret:
		where = "its result is returned"
	}
	msg := sprintf("%s(%s, ...) writes into %s's spare capacity while %s, not back in %s: %s, and while it has room the appended elements land in the caller's memory and the next append on %s overwrites them",
		s.via, key, key, where, key, what, key)
	st.c.report(finding{check: AppendAlias, pos: s.call.Pos(), msg: msg,
		related: []analysis.RelatedInformation{related(root.Pos(), "%s comes from the caller", root.Name())},
		fixes:   st.capFix(key, s.base)})
}

// inReturn reports whether a site is part of a return statement's results
// (return Span{Keys: append(keysDst, k)}).
func inReturn(s *appendSite) bool {
	for i := len(s.stack) - 2; i >= 0; i-- {
		switch s.stack[i].(type) {
		case *ast.ReturnStmt:
			return true
		case ast.Stmt:
			return false
		}
	}
	return false
}

// asksCap reports whether body calls cap() of one of the variables.
func (st *appendState) asksCap(body *ast.BlockStmt, vars ...*types.Var) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found || len(call.Args) != 1 {
			return !found
		}
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
			if b, ok := st.info.Uses[id].(*types.Builtin); ok && b.Name() == "cap" {
				for _, v := range vars {
					if v != nil && rootVar(st.info, call.Args[0]) == v {
						found = true
					}
				}
			}
		}
		return !found
	})
	return found
}

// declParam reports whether v is a parameter or the receiver of decl
// itself (not of a function literal in it).
func (st *appendState) declParam(decl *ast.FuncDecl, v *types.Var) bool {
	for _, fl := range []*ast.FieldList{decl.Recv, decl.Type.Params} {
		if fl == nil {
			continue
		}
		for _, field := range fl.List {
			for _, name := range field.Names {
				if st.info.Defs[name] == v {
					return true
				}
			}
		}
	}
	return false
}

// assignsText reports whether body assigns the expression key, other than
// by key = append(key, ...), or assigns v back to it.
func (st *appendState) assignsText(body *ast.BlockStmt, key string, v *types.Var) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || found {
			return !found
		}
		for k, lhs := range as.Lhs {
			if types.ExprString(ast.Unparen(lhs)) != key {
				continue
			}
			if len(as.Rhs) != len(as.Lhs) {
				found = true
				continue
			}
			rhs := ast.Unparen(as.Rhs[k])
			if v != nil && identVar(st.info, rhs) == v {
				found = true
			}
			if call, ok := rhs.(*ast.CallExpr); ok {
				if s, ok := st.siteOf(call); ok && types.ExprString(ast.Unparen(s.base)) == key {
					continue
				}
			}
			found = true
		}
		return !found
	})
	return found
}

// returned reports whether v is one of the results of a return statement
// of body.
func (st *appendState) returned(body *ast.BlockStmt, v *types.Var) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if ret, ok := n.(*ast.ReturnStmt); ok {
			for _, r := range ret.Results {
				found = found || st.flowsFrom(r, v)
			}
		}
		return !found
	})
	return found
}

// flowsFrom reports whether e is v, a slice of v, or an append on v (or on
// one of those): the value returned carries v's backing array on.
func (st *appendState) flowsFrom(e ast.Expr, v *types.Var) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return asVar(st.info, x) == v
	case *ast.SliceExpr:
		return st.flowsFrom(x.X, v)
	case *ast.CallExpr:
		if s, ok := st.siteOf(x); ok {
			return st.flowsFrom(s.base, v)
		}
	}
	return false
}

// convertedToString reports whether a site's result is converted to a string
// (string(append(prefix, key...))): kept, in a new form. A result passed
// to a call is not counted (a recursive visit(append(stack, x)) is the
// common, correct case).
func (st *appendState) convertedToString(s *appendSite) bool {
	for i := len(s.stack) - 2; i >= 0; i-- {
		switch p := s.stack[i].(type) {
		case *ast.ParenExpr:
			continue
		case *ast.CallExpr:
			tv, ok := st.info.Types[p.Fun]
			if !ok || !tv.IsType() {
				return false
			}
			b, ok := tv.Type.Underlying().(*types.Basic)
			return ok && b.Info()&types.IsString != 0
		}
		return false
	}
	return false
}

// checkSplice reports an insert or delete written as append(s[:i], ...)
// whose result does not go back to s while s, or a slice of it, is read
// afterwards: s[:i] has the rest of s as its spare capacity.
func (st *appendState) checkSplice(u *appendUnit, g func() *flowGraph, s *appendSite, ctx siteContext) {
	base := ast.Unparen(s.base)
	var se *ast.SliceExpr
	var front *types.Var
	switch b := base.(type) {
	case *ast.SliceExpr:
		se = b
	case *ast.Ident:
		// front := s[:i]; t := append(front, x)
		front = asVar(st.info, b)
		if front == nil || st.assigned[front] {
			return
		}
		se = st.definedAsSlice(u.body, front)
	}
	if se == nil || se.Slice3 || se.High == nil || se.Low == nil && isZero(se.High) {
		return // s[:0] is a buffer reused, whose old contents are not wanted
	}
	sv := identVar(st.info, se.X)
	if sv == nil || !isSliceType(sv.Type()) {
		return
	}
	if ctx.lhs != nil {
		if v := identVar(st.info, ctx.lhs); v == sv || front != nil && v == front {
			return // s = append(s[:i], ...); out = append(out, v)
		}
	}
	if ctx.ret && u.params[sv] {
		return // a remove(s, i) helper: its caller's business
	}
	// The variables that read s's elements: s, and slices of it taken
	// before the site (rear := s[i:]), other than the base itself.
	vars := []*types.Var{sv}
	ast.Inspect(u.body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE || len(as.Lhs) != len(as.Rhs) || as.Pos() > s.call.Pos() {
			return true
		}
		for k, lhs := range as.Lhs {
			if r, ok := ast.Unparen(as.Rhs[k]).(*ast.SliceExpr); ok && identVar(st.info, r.X) == sv {
				if id, ok := lhs.(*ast.Ident); ok {
					if v, ok := st.info.Defs[id].(*types.Var); ok && v != front && !st.assigned[v] {
						vars = append(vars, v)
					}
				}
			}
		}
		return true
	})
	var read *ast.Ident
	for _, v := range vars {
		read = st.usedAfter(u, g, v, s.call.Pos(), func(id *ast.Ident) bool { return st.notARead(u, id) })
		if read != nil {
			break
		}
	}
	if read == nil {
		return
	}
	sname := sv.Name()
	via := types.ExprString(se)
	msg := sprintf("%s(%s, ...) writes over %s from index %s on, since %s has the rest of %s as its spare capacity, and its result is not assigned back to %s while %s is read afterwards: it sees the appended elements instead of its own",
		s.via, via, sname, exprOrZero(se.High), via, sname, sname, quote(read.Name))
	f := finding{check: AppendAlias, pos: s.call.Pos(), msg: msg,
		related: []analysis.RelatedInformation{related(read.Pos(), "%s is read here, after the append", read.Name)}}
	if front == nil {
		hi := st.c.syntax.src(se.High)
		if hi != "" {
			f.fixes = []analysis.SuggestedFix{{
				Message:   "Cap " + via + " so that append copies",
				TextEdits: []analysis.TextEdit{{Pos: se.High.End(), End: se.High.End(), NewText: []byte(":" + hi)}},
			}}
		}
	}
	st.c.report(f)
}

func exprOrZero(e ast.Expr) string {
	if e == nil {
		return "0"
	}
	return types.ExprString(e)
}

// definedAsSlice returns the slice expression v is declared with
// (v := s[lo:hi] or var v = s[lo:hi]), or nil.
func (st *appendState) definedAsSlice(body *ast.BlockStmt, v *types.Var) *ast.SliceExpr {
	var out *ast.SliceExpr
	ast.Inspect(body, func(n ast.Node) bool {
		if out != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE && len(n.Lhs) == len(n.Rhs) {
				for k, lhs := range n.Lhs {
					if id, ok := lhs.(*ast.Ident); ok && st.info.Defs[id] == v {
						out, _ = ast.Unparen(n.Rhs[k]).(*ast.SliceExpr)
					}
				}
			}
		case *ast.ValueSpec:
			if len(n.Values) == len(n.Names) {
				for k, name := range n.Names {
					if st.info.Defs[name] == v {
						out, _ = ast.Unparen(n.Values[k]).(*ast.SliceExpr)
					}
				}
			}
		}
		return true
	})
	return out
}

// notARead reports whether a use of a slice variable does not read its
// elements: the target of an assignment, the argument of len or cap, or
// the slice re-sliced as the base of an append.
func (st *appendState) notARead(u *appendUnit, id *ast.Ident) bool {
	var path []ast.Node
	ast.Inspect(u.body, func(n ast.Node) bool {
		if n == nil || len(path) > 0 && path[len(path)-1] == id {
			return false
		}
		if n.Pos() <= id.Pos() && id.End() <= n.End() {
			path = append(path, n)
			return true
		}
		return false
	})
	if len(path) < 2 {
		return false
	}
	parent := path[len(path)-2]
	switch p := parent.(type) {
	case *ast.AssignStmt:
		for _, lhs := range p.Lhs {
			if lhs == id {
				return true
			}
		}
	case *ast.CallExpr:
		if fn, ok := ast.Unparen(p.Fun).(*ast.Ident); ok {
			if b, ok := st.info.Uses[fn].(*types.Builtin); ok && (b.Name() == "len" || b.Name() == "cap") {
				return true
			}
		}
	case *ast.SliceExpr:
		if len(path) >= 3 && p.X == id {
			if call, ok := path[len(path)-3].(*ast.CallExpr); ok && len(call.Args) > 0 && call.Args[0] == p {
				if _, ok := st.siteOf(call); ok {
					return true
				}
			}
		}
	}
	return false
}

// capFix caps each base (a variable or a field chain) with a full slice
// expression, so that append must copy.
func (st *appendState) capFix(key string, bases ...ast.Expr) []analysis.SuggestedFix {
	var edits []analysis.TextEdit
	seen := make(map[token.Pos]bool)
	for _, b := range bases {
		b = ast.Unparen(b)
		if !plainExpr(b) || seen[b.Pos()] {
			continue
		}
		seen[b.Pos()] = true
		text := st.c.syntax.src(b)
		if text == "" {
			return nil
		}
		edits = append(edits, analysis.TextEdit{Pos: b.Pos(), End: b.End(),
			NewText: []byte(text + "[:len(" + text + "):len(" + text + ")]")})
	}
	if len(edits) == 0 {
		return nil
	}
	return []analysis.SuggestedFix{{Message: "Cap " + key + " so that append copies", TextEdits: edits}}
}

func itoa(n int) string { return sprintf("%d", n) }
