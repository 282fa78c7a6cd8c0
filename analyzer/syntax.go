package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// A syntaxIndex gives the checks what the SSA form lost: the syntax of
// calls and field selections, the variables call results are bound to
// (names for messages, "named" views), and the source text fixes are made
// of.
type syntaxIndex struct {
	pass      *analysis.Pass
	bindings  map[token.Pos]binding
	calls     map[token.Pos]*ast.CallExpr
	selectors map[token.Pos]*ast.SelectorExpr
	contents  map[string][]byte // the files' text, read on demand
}

// binding holds the variables a call's results are bound to, by result
// index ("" for a blank or a non-variable).
type binding struct {
	names []string
}

// index records, for every call, its syntax and the variable its result
// is bound to.
func (s *syntaxIndex) index() {
	s.bindings = make(map[token.Pos]binding)
	s.calls = make(map[token.Pos]*ast.CallExpr)
	s.selectors = make(map[token.Pos]*ast.SelectorExpr)
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
				s.bindings[call.Lparen] = b
			}
		}
	}
	for _, f := range s.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				s.calls[n.Lparen] = n
			case *ast.SelectorExpr:
				s.selectors[n.Sel.Pos()] = n
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

// callSyntax returns the call expression of a call value, if known.
func (s *syntaxIndex) callSyntax(v ssa.Value) *ast.CallExpr {
	if v == nil {
		return nil
	}
	return s.calls[v.Pos()]
}

// fieldSyntax returns the selector a field load comes from (s.data).
func (s *syntaxIndex) fieldSyntax(v ssa.Value) *ast.SelectorExpr {
	switch v := v.(type) {
	case *ssa.UnOp:
		if fa, ok := v.X.(*ssa.FieldAddr); ok {
			return s.selectors[fa.Pos()]
		}
	case *ssa.Field:
		return s.selectors[v.Pos()]
	}
	return nil
}

func (s *syntaxIndex) src(e ast.Expr) string {
	start, end := s.pass.Fset.Position(e.Pos()), s.pass.Fset.Position(e.End())
	content := s.fileContent(start.Filename)
	if content == nil || end.Offset > len(content) {
		return ""
	}
	return string(content[start.Offset:end.Offset])
}

func (s *syntaxIndex) fileContent(name string) []byte {
	if s.contents == nil {
		s.contents = make(map[string][]byte)
	}
	if c, ok := s.contents[name]; ok {
		return c
	}
	c, err := s.pass.ReadFile(name)
	if err != nil {
		c = nil
	}
	s.contents[name] = c
	return c
}

// enclosingStmt returns the statement in a block that contains pos.
func (s *syntaxIndex) enclosingStmt(pos token.Pos) ast.Stmt {
	for _, f := range s.pass.Files {
		if pos < f.Pos() || pos > f.End() {
			continue
		}
		var found ast.Stmt
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil || pos < n.Pos() || pos >= n.End() {
				return false
			}
			if b, ok := n.(*ast.BlockStmt); ok {
				for _, s := range b.List {
					if s.Pos() <= pos && pos < s.End() {
						if _, isExpr := s.(*ast.ExprStmt); isExpr {
							found = s
						} else if _, isAssign := s.(*ast.AssignStmt); isAssign {
							found = s
						}
					}
				}
			}
			return true
		})
		return found
	}
	return nil
}

// lineEnd returns the position of the end of pos's line (after any
// trailing comment).
func (s *syntaxIndex) lineEnd(pos token.Pos) token.Pos {
	tf := s.pass.Fset.File(pos)
	if tf == nil {
		return pos
	}
	content := s.fileContent(tf.Name())
	off := tf.Offset(pos)
	for off < len(content) && content[off] != '\n' {
		off++
	}
	if off > tf.Size() {
		return pos
	}
	return tf.Pos(off)
}

// indentOf returns the whitespace before pos on its line.
func (s *syntaxIndex) indentOf(pos token.Pos) string {
	p := s.pass.Fset.Position(pos)
	content := s.fileContent(p.Filename)
	if content == nil {
		return "\t"
	}
	start := p.Offset - (p.Column - 1)
	if start < 0 || p.Offset > len(content) {
		return "\t"
	}
	return string(content[start:p.Offset])
}

// assignedBetween reports whether any variable named in exprs is assigned,
// has an element assigned, or is incremented between from and to.
func (s *syntaxIndex) assignedBetween(exprs []ast.Expr, from, to token.Pos) bool {
	objs := make(map[types.Object]bool)
	for _, e := range exprs {
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if obj := s.pass.TypesInfo.Uses[id]; obj != nil {
					objs[obj] = true
				}
			}
			return true
		})
	}
	root := func(e ast.Expr) types.Object {
		for {
			switch x := ast.Unparen(e).(type) {
			case *ast.Ident:
				return s.pass.TypesInfo.Uses[x]
			case *ast.IndexExpr:
				e = x.X
			case *ast.SelectorExpr:
				e = x.X
			case *ast.StarExpr:
				e = x.X
			default:
				return nil
			}
		}
	}
	changed := false
	for _, f := range s.pass.Files {
		if from < f.Pos() || from > f.End() {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if changed || n == nil || n.End() < from || n.Pos() > to {
				return !changed
			}
			switch s := n.(type) {
			case *ast.AssignStmt:
				if s.Pos() > from && s.Pos() < to {
					for _, l := range s.Lhs {
						if objs[root(l)] {
							changed = true
						}
					}
				}
			case *ast.IncDecStmt:
				if s.Pos() > from && s.Pos() < to && objs[root(s.X)] {
					changed = true
				}
			}
			return true
		})
	}
	return changed
}

// simpleExpr reports whether e can be repeated without side effects.
func simpleExpr(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		return simpleExpr(e.X)
	case *ast.UnaryExpr:
		return e.Op == token.SUB && simpleExpr(e.X)
	}
	return false
}

// isBuiltin reports whether fun names the predeclared function name
// (append, copy, cap), not a declaration that shadows it.
func isBuiltin(info *types.Info, fun ast.Expr, name string) bool {
	id, ok := ast.Unparen(fun).(*ast.Ident)
	if !ok || id.Name != name {
		return false
	}
	_, ok = info.Uses[id].(*types.Builtin)
	return ok
}

// isSliceType reports whether t's underlying type is a slice.
func isSliceType(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Slice)
	return ok
}

// identVar returns the variable an expression names (defines or uses), or
// nil.
func identVar(info *types.Info, e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	if v, ok := info.Defs[id].(*types.Var); ok && v != nil {
		return v
	}
	v, _ := info.Uses[id].(*types.Var)
	return v
}

// isZero reports whether e is the integer literal 0.
func isZero(e ast.Expr) bool {
	lit, ok := ast.Unparen(e).(*ast.BasicLit)
	return ok && lit.Kind == token.INT && lit.Value == "0"
}

// waitsForGoroutine reports whether n waits for another goroutine: a
// channel receive, or a call of a method named Wait (sync.WaitGroup,
// errgroup), and with locks also Lock or RLock. Function literals in n do
// not count: they run later. A select case's receive waits on that case's
// path only (flow.go's entry nodes).
func waitsForGoroutine(n ast.Node, locks bool) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.FuncLit:
			return false
		case *ast.UnaryExpr:
			if m.Op == token.ARROW {
				found = true
			}
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(m.Fun).(*ast.SelectorExpr); ok {
				switch sel.Sel.Name {
				case "Wait":
					found = true
				case "Lock", "RLock":
					found = locks
				}
			}
		}
		return !found
	})
	return found
}

// A funcDecl is a function or method declared with a body in the package.
type funcDecl struct {
	decl *ast.FuncDecl
	obj  *types.Func
}

// funcDecls lists the package's functions and methods that have a body,
// in file order, found once per package for the checks that summarize
// them.
func (c *checker) funcDecls() []funcDecl {
	if c.decls != nil {
		return *c.decls
	}
	var out []funcDecl
	for _, file := range c.pass.Files {
		for _, d := range file.Decls {
			decl, ok := d.(*ast.FuncDecl)
			if !ok || decl.Body == nil {
				continue
			}
			if obj, _ := c.pass.TypesInfo.Defs[decl.Name].(*types.Func); obj != nil {
				out = append(out, funcDecl{decl, obj})
			}
		}
	}
	c.decls = &out
	return out
}

// calledFunc returns the function or method a call names, an interface's
// method included (its contract speaks for every implementation), or nil
// for a call of a function value, a conversion or a builtin. A generic
// function's instance is named by its instantiated *types.Func.
func calledFunc(info *types.Info, call *ast.CallExpr) *types.Func {
	fun := ast.Unparen(call.Fun)
	switch x := fun.(type) {
	case *ast.IndexExpr:
		fun = x.X
	case *ast.IndexListExpr:
		fun = x.X
	}
	var id *ast.Ident
	switch x := fun.(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	}
	if id == nil {
		return nil
	}
	f, _ := info.Uses[id].(*types.Func)
	return f
}

// staticCallee is calledFunc without interface methods, whose dynamic
// callee is unknown.
func staticCallee(info *types.Info, call *ast.CallExpr) *types.Func {
	f := calledFunc(info, call)
	if f != nil {
		if sig, ok := f.Type().(*types.Signature); ok && sig.Recv() != nil && types.IsInterface(sig.Recv().Type()) {
			return nil
		}
	}
	return f
}

// eachBody calls f with every function body of the package, declarations'
// and function literals' alike, and the file that holds it.
func (c *checker) eachBody(f func(file *ast.File, body *ast.BlockStmt)) {
	for _, file := range c.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if n.Body != nil {
					f(file, n.Body)
				}
			case *ast.FuncLit:
				f(file, n.Body)
			}
			return true
		})
	}
}
