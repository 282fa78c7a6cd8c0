package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// checkSliceSnapshots reports VC1002 for plain Go slices: the backtracking
// bug `res = append(res, path)`, where path's backing array is reused by
// later appends and element writes, so every element stored in res ends up
// showing the last state of path.
//
// It is syntactic and narrow on purpose: the stored slice must be a
// variable that outlives the store (declared outside the function literal
// or loop that stores it), and the same literal or loop must later append
// to it or write its elements.
func (c *checker) checkSliceSnapshots() {
	info := c.pass.TypesInfo
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			var body *ast.BlockStmt
			switch n := n.(type) {
			case *ast.FuncLit:
				body = n.Body
			case *ast.ForStmt:
				body = n.Body
			case *ast.RangeStmt:
				body = n.Body
			default:
				return true
			}
			if body == nil {
				return true
			}
			for _, st := range sliceStores(info, body) {
				obj := st.stored
				if obj.Pos() >= body.Pos() && obj.Pos() < body.End() {
					continue // a fresh variable each time round
				}
				reuse := reusesBacking(info, body, obj)
				if !reuse.IsValid() {
					continue
				}
				c.report(finding{
					check: StaleView,
					pos:   st.arg.Pos(),
					msg: sprintf("%s is stored in %s without a copy, but its backing array is reused: later appends and writes to %s change what %s already holds",
						quote(obj.Name()), quote(st.into), obj.Name(), st.into),
					related: []analysis.RelatedInformation{related(reuse, "%s's backing array is written here", obj.Name())},
					fixes: []analysis.SuggestedFix{{
						Message: "Store a copy of " + obj.Name(),
						TextEdits: []analysis.TextEdit{{Pos: st.arg.Pos(), End: st.arg.End(),
							NewText: []byte("append(" + obj.Name() + "[:0:0], " + obj.Name() + "...)")}},
					}},
				})
			}
			return true
		})
	}
}

type sliceStore struct {
	arg    *ast.Ident
	stored types.Object
	into   string
}

// sliceStores finds `xs = append(xs, s)` in body where s is a slice
// variable and xs a slice of slices.
func sliceStores(info *types.Info, body *ast.BlockStmt) []sliceStore {
	var out []sliceStore
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false // its own scope: visited on its own
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) < 2 || call.Ellipsis.IsValid() {
			return true
		}
		if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "append" {
			return true
		} else if _, isBuiltin := info.Uses[id].(*types.Builtin); !isBuiltin {
			return true
		}
		outer, ok := types.Unalias(info.TypeOf(call.Args[0])).Underlying().(*types.Slice)
		if !ok {
			return true
		}
		if _, elemIsSlice := outer.Elem().Underlying().(*types.Slice); !elemIsSlice {
			return true
		}
		for _, arg := range call.Args[1:] {
			id, ok := ast.Unparen(arg).(*ast.Ident)
			if !ok {
				continue
			}
			v, ok := info.Uses[id].(*types.Var)
			if !ok {
				continue
			}
			if _, isSlice := v.Type().Underlying().(*types.Slice); !isSlice {
				continue
			}
			into := "the slice"
			if x, ok := ast.Unparen(call.Args[0]).(*ast.Ident); ok {
				into = x.Name
			}
			out = append(out, sliceStore{arg: id, stored: v, into: into})
		}
		return true
	})
	return out
}

// reusesBacking returns where body appends to obj (assigning the result
// back to it) or writes its elements, and never gives it new backing
// (path = nil, path = make(...)), which is the usual correct pattern.
func reusesBacking(info *types.Info, body *ast.BlockStmt, obj types.Object) token.Pos {
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == obj
	}
	var found token.Pos
	reset := false
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, lhs := range as.Lhs {
			if ix, ok := ast.Unparen(lhs).(*ast.IndexExpr); ok && is(ix.X) {
				found = as.Pos() // path[i] = v
			}
			if !is(lhs) || i >= len(as.Rhs) || as.Tok != token.ASSIGN {
				continue
			}
			switch rhs := ast.Unparen(as.Rhs[i]).(type) {
			case *ast.CallExpr:
				if id, ok := rhs.Fun.(*ast.Ident); ok && id.Name == "append" && len(rhs.Args) > 0 && is(rhs.Args[0]) {
					found = as.Pos() // path = append(path, v)
				} else {
					reset = true
				}
			case *ast.SliceExpr:
				if !is(rhs.X) {
					reset = true
				}
			default:
				reset = true // path = nil, a literal, another slice: new backing
			}
		}
		return true
	})
	if reset {
		return token.NoPos
	}
	return found
}
