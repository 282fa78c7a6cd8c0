package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// RangeCopy is the ID of check VC1011, range-copy-write.
const RangeCopy = "VC1011"

func init() {
	register(rangeCopy, hooks{syntax: func(c *checker) {
		if c.factsOnly {
			return // it exports no facts
		}
		c.checkRangeCopies()
		c.checkArrayParamCopies()
	}})
}

// rangeCopy is VC1011's entry in Checks.
var rangeCopy = &Check{
	ID: RangeCopy, Name: "range-copy-write", Since: "0.2.0", Default: true, Slices: []string{"E"},
	Title: "A write to a copy is lost: a range value, or an array parameter",
	Text: `In ` + "`for _, v := range xs`" + `, ` + "`v`" + ` is a copy of the element, not the element. VC1011 reports an assignment to a
field of ` + "`v`" + ` (` + "`v.Size = 10`, `v.Count++`, `v.Inner.X = 1`" + ` through value fields) that nothing in the loop body reads
afterwards: the write changes the copy, which is dropped at the end of the iteration, and the slice, array or map
being ranged over keeps its old values (hashicorp/packer#1723, where two fixes missed it).

The same goes for an array parameter (` + "`func step(state [3]int)`" + `): the function gets a copy, so writing its elements
and not reading them afterwards changes nothing the caller sees (gonum's ` + "`Dlacn2(..., isave [3]int)`" + ` kept its state
between calls that way, and lost it).

Why it matters: the loop looks like it updates every element and updates none, the function looks like it keeps state
and keeps none; nothing fails until the values are used elsewhere.

Not reported: elements that are pointers (` + "`range []*T`" + `), and fields reached through a pointer (an embedded
` + "`*Inner`" + `, a pointer field), where the write lands (influxdata/telegraf#10989); a copy that is read after the write
(passed on, appended, returned, a method called on it); a value whose address is taken. staticcheck's SA4005 (and revive) report
the related case of a field assigned on a value receiver (hashicorp/nomad#12592, pingcap/tidb#47395), which VC1011
leaves to them so that one bug is not reported twice; and gopls's unusedwrite reports unused writes to any local
struct; VC1011 is the range-value case, for ` + "`go vet`" + ` and CI, with a fix.`,
	Before: `for _, bd := range cfg.BlockDevices {
	bd.SnapshotID = id // VC1011: writes a copy
}`,
	After: `for i := range cfg.BlockDevices {
	bd := &cfg.BlockDevices[i]
	bd.SnapshotID = id
}`,
	Fix: "Range over the indices and take the element's address: the suggested fix turns `for _, v := range xs` into `for i := range xs { v := &xs[i]; ... }` when `xs` is a slice or an addressable array; for a map, store the changed value back (`m[k] = v`). For an array parameter, take a pointer (`state *[3]int`) or return the array.",
}

// checkRangeCopies reports VC1011 in every range loop of the package.
func (c *checker) checkRangeCopies() {
	info := c.pass.TypesInfo
	for _, file := range c.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			rs, ok := n.(*ast.RangeStmt)
			if !ok || rs.Tok != token.DEFINE || rs.Value == nil {
				return true
			}
			id, ok := rs.Value.(*ast.Ident)
			if !ok || id.Name == "_" {
				return true
			}
			v, ok := info.Defs[id].(*types.Var)
			if !ok {
				return true
			}
			if _, isStruct := v.Type().Underlying().(*types.Struct); !isStruct {
				return true // pointers land; scalars have no fields
			}
			c.checkRangeValue(rs, v)
			return true
		})
	}
}

// checkRangeValue reports the first lost field write to the range value v.
func (c *checker) checkRangeValue(rs *ast.RangeStmt, v *types.Var) {
	info := c.pass.TypesInfo
	var writes []ast.Node // the assignments to a field of v, through values only
	escapes := false
	ast.Inspect(rs.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			// A closure may read v at any time.
			if usesVar(info, n, v) {
				escapes = true
			}
			return false
		case *ast.UnaryExpr:
			if n.Op == token.AND && rootVar(info, n.X) == v {
				escapes = true
			}
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if valueFieldOf(info, lhs, v) {
					writes = append(writes, n)
				}
			}
		case *ast.IncDecStmt:
			if valueFieldOf(info, n.X, v) {
				writes = append(writes, n)
			}
		}
		return true
	})
	if escapes || len(writes) == 0 {
		return
	}
	// The write is lost if nothing after it in the body reads v: the body
	// ends the iteration, and the next one has a new v.
	last := writes[len(writes)-1]
	if readAfter(info, rs.Body, v, last, func(e ast.Expr) bool { return valueFieldOf(info, e, v) }) {
		return
	}
	first := writes[0]
	f := finding{
		check: RangeCopy,
		pos:   first.Pos(),
		msg: sprintf("%s is a copy of the element of %s: this write changes the copy, which nothing reads afterwards, and the element keeps its old value",
			quote(v.Name()), types.ExprString(rs.X)),
		related: []analysis.RelatedInformation{related(v.Pos(), "%s is a copy made here, each iteration", v.Name())},
	}
	f.fixes = c.rangeAddrFix(rs, v)
	c.report(f)
}

// valueFieldOf reports whether e is v.f or v.f.g ... reached through value
// fields only (no pointer on the way, so the write stays in the copy).
func valueFieldOf(info *types.Info, e ast.Expr, v *types.Var) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	for {
		s := info.Selections[sel]
		if s == nil || s.Kind() != types.FieldVal || s.Indirect() {
			return false
		}
		t := info.TypeOf(sel.X)
		if t == nil {
			return false
		}
		if _, isPtr := t.Underlying().(*types.Pointer); isPtr {
			return false
		}
		switch x := ast.Unparen(sel.X).(type) {
		case *ast.Ident:
			return info.Uses[x] == v
		case *ast.SelectorExpr:
			sel = x
		default:
			return false // v.arr[i].f, calls: not followed
		}
	}
}

func usesVar(info *types.Info, n ast.Node, v *types.Var) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}

// rangeAddrFix turns `for k, v := range xs {` into `for k := range xs {`
// with `v := &xs[k]` as the body's first statement, when xs is a plain
// expression (a variable or a field chain) of slice or array type, so that
// evaluating it again is the same slice.
func (c *checker) rangeAddrFix(rs *ast.RangeStmt, v *types.Var) []analysis.SuggestedFix {
	info := c.pass.TypesInfo
	t := info.TypeOf(rs.X)
	if t == nil {
		return nil
	}
	switch t.Underlying().(type) {
	case *types.Slice:
	case *types.Array:
		if rootVar(info, rs.X) == nil {
			return nil
		}
	default:
		return nil // a map, a channel, a function: no element address
	}
	if !plainExpr(rs.X) || len(rs.Body.List) == 0 {
		return nil
	}
	key := freeName(rs, "i", "j", "k", "idx")
	if key == "" {
		return nil
	}
	var edits []analysis.TextEdit
	switch k := rs.Key.(type) {
	case nil:
		edits = append(edits, analysis.TextEdit{Pos: rs.Value.Pos(), End: rs.Value.End(), NewText: []byte(key)})
	case *ast.Ident:
		if k.Name == "_" {
			edits = append(edits, analysis.TextEdit{Pos: k.Pos(), End: rs.Value.End(), NewText: []byte(key)})
		} else {
			key = k.Name
			edits = append(edits, analysis.TextEdit{Pos: k.End(), End: rs.Value.End(), NewText: nil})
		}
	default:
		return nil
	}
	first := rs.Body.List[0]
	indent := c.syntax.indentOf(first.Pos())
	edits = append(edits, analysis.TextEdit{Pos: first.Pos(), End: first.Pos(),
		NewText: []byte(v.Name() + " := &" + types.ExprString(rs.X) + "[" + key + "]\n" + indent)})
	return []analysis.SuggestedFix{{Message: "Write through a pointer to the element", TextEdits: edits}}
}

// freeName returns the first of names that no identifier in n spells, or "".
func freeName(n ast.Node, names ...string) string {
	used := make(map[string]bool)
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			used[id.Name] = true
		}
		return true
	})
	for _, name := range names {
		if !used[name] {
			return name
		}
	}
	return ""
}

// plainExpr reports whether e is an identifier or a chain of field
// selections: evaluating it twice gives the same value.
func plainExpr(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return plainExpr(x.X)
	}
	return false
}

// checkArrayParamCopies reports writes to the elements of an array
// parameter (passed by value) that nothing in the function reads
// afterwards.
func (c *checker) checkArrayParamCopies() {
	info := c.pass.TypesInfo
	for _, file := range c.pass.Files {
		for _, d := range file.Decls {
			decl, ok := d.(*ast.FuncDecl)
			if !ok || decl.Body == nil {
				continue
			}
			for _, field := range decl.Type.Params.List {
				for _, name := range field.Names {
					v, ok := info.Defs[name].(*types.Var)
					if !ok || name.Name == "_" {
						continue
					}
					if _, isArray := v.Type().Underlying().(*types.Array); isArray {
						c.checkArrayParam(decl, v)
					}
				}
			}
		}
	}
}

func (c *checker) checkArrayParam(decl *ast.FuncDecl, v *types.Var) {
	info := c.pass.TypesInfo
	var writes []ast.Node
	escapes := false
	loopOf := make(map[ast.Node]ast.Node)
	var stack []ast.Node
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.FuncLit:
			if usesVar(info, n, v) {
				escapes = true
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && rootVar(info, n.X) == v {
				escapes = true
			}
		case *ast.SliceExpr:
			if rootVar(info, n.X) == v {
				escapes = true // a[:] shares the array: its uses are reads we do not follow
			}
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				if usesVar(info, r, v) {
					escapes = true
				}
			}
		case *ast.AssignStmt, *ast.IncDecStmt:
			var lhss []ast.Expr
			if as, ok := n.(*ast.AssignStmt); ok {
				lhss = as.Lhs
			} else {
				lhss = []ast.Expr{n.(*ast.IncDecStmt).X}
			}
			for _, lhs := range lhss {
				if elementOf(info, lhs, v) {
					writes = append(writes, n)
					for i := len(stack) - 1; i >= 0; i-- {
						switch stack[i].(type) {
						case *ast.ForStmt, *ast.RangeStmt:
							loopOf[n] = stack[i]
						}
						if loopOf[n] != nil {
							break
						}
					}
				}
			}
		}
		return true
	})
	if escapes || namedResultIsParam(decl) {
		return
	}
	for _, w := range writes {
		if readAfter(info, decl.Body, v, w, func(e ast.Expr) bool { return elementOf(info, e, v) }) {
			continue
		}
		if loop := loopOf[w]; loop != nil && usesVarExcept(info, loop, v, w) {
			continue // read again on the loop's next round
		}
		c.report(finding{
			check: RangeCopy,
			pos:   w.Pos(),
			msg: sprintf("%s is an array passed by value, a copy of the caller's: this write changes the copy, which nothing reads afterwards, and the caller's array keeps its old value",
				quote(v.Name())),
			related: []analysis.RelatedInformation{related(v.Pos(), "%s is copied here, at each call", v.Name())},
		})
		return
	}
}

// elementOf reports whether e is a[i], a[i].f, a[i][j] ... of the array
// variable a, through values only.
func elementOf(info *types.Info, e ast.Expr, a *types.Var) bool {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.IndexExpr:
			t := info.TypeOf(x.X)
			if t == nil {
				return false
			}
			if _, isArray := t.Underlying().(*types.Array); !isArray {
				return false // through a slice or a map: the write lands elsewhere
			}
			if id, ok := ast.Unparen(x.X).(*ast.Ident); ok {
				return info.Uses[id] == a
			}
			e = x.X
		case *ast.SelectorExpr:
			s := info.Selections[x]
			if s == nil || s.Kind() != types.FieldVal || s.Indirect() {
				return false
			}
			e = x.X
		default:
			return false
		}
	}
}

// usesVarExcept reports whether n uses v other than in the statement skip
// and other than as the target of an element write.
func usesVarExcept(info *types.Info, n ast.Node, v *types.Var, skip ast.Node) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if m == skip {
			return false
		}
		if as, ok := m.(*ast.AssignStmt); ok {
			for _, lhs := range as.Lhs {
				if !elementOf(info, lhs, v) && usesVar(info, lhs, v) {
					found = true
				}
			}
			for _, rhs := range as.Rhs {
				if usesVar(info, rhs, v) {
					found = true
				}
			}
			return false
		}
		if id, ok := m.(*ast.Ident); ok && info.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}

// rootVar returns the variable an expression like v, v.f, v[i].g starts
// from.
func rootVar(info *types.Info, e ast.Expr) *types.Var {
	id := baseIdent(e)
	if id == nil {
		return nil
	}
	v, _ := info.Uses[id].(*types.Var)
	return v
}

// baseIdent returns the identifier an expression like v, v.f, v[i].g starts
// from, or nil.
func baseIdent(e ast.Expr) *ast.Ident {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return x
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// readAfter reports whether body uses v after the statement w, other than
// as the base of a plain assignment's target that isTarget accepts (another
// write into the same copy, which reads nothing).
func readAfter(info *types.Info, body *ast.BlockStmt, v *types.Var, w ast.Node, isTarget func(ast.Expr) bool) bool {
	targets := make(map[*ast.Ident]bool)
	ast.Inspect(body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && (as.Tok == token.ASSIGN || as.Tok == token.DEFINE) {
			for _, lhs := range as.Lhs {
				if isTarget(lhs) {
					if id := baseIdent(lhs); id != nil {
						targets[id] = true
					}
				}
			}
		}
		return true
	})
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v && id.Pos() > w.End() && !targets[id] {
			found = true
		}
		return !found
	})
	return found
}
