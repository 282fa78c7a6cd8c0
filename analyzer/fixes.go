package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
)

// copyFix appends .Copy() to the call that made a view, when the result
// type has a Copy method returning the same type.
func (c *checker) copyFix(site ssa.Value, what string) []analysis.SuggestedFix {
	call := c.syntax.callSyntax(site)
	if call == nil || !c.hasCopy(site) {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message:   "Copy " + what + " where it is made",
		TextEdits: []analysis.TextEdit{{Pos: call.End(), End: call.End(), NewText: []byte(".Copy()")}},
	}}
}

// copyFixes is copyFix over every site of a view, as one fix.
func (c *checker) copyFixes(sites []ssa.Value, what string) []analysis.SuggestedFix {
	var edits []analysis.TextEdit
	for _, s := range sites {
		fix := c.copyFix(s, what)
		if fix == nil {
			return nil
		}
		edits = append(edits, fix[0].TextEdits...)
	}
	if len(edits) == 0 {
		return nil
	}
	return []analysis.SuggestedFix{{Message: "Copy " + what + " where it is made", TextEdits: edits}}
}

// hasCopy reports whether v's type has a method Copy() of the same type.
func (c *checker) hasCopy(v ssa.Value) bool {
	t := v.Type()
	sel := types.NewMethodSet(t).Lookup(nil, "Copy")
	if sel == nil {
		return false
	}
	sig, ok := sel.Type().(*types.Signature)
	return ok && sig.Params().Len() == 0 && sig.Results().Len() == 1 &&
		types.Identical(sig.Results().At(0).Type(), t)
}

// paramCopyFix inserts "p = p.Copy()" as the function's first statement.
func (c *checker) paramCopyFix(fn *ssa.Function, param *ssa.Parameter) []analysis.SuggestedFix {
	decl, ok := fn.Syntax().(*ast.FuncDecl)
	if !ok || decl.Body == nil || param.Name() == "_" || param.Name() == "" || !c.hasCopy(param) {
		return nil
	}
	text := "\n\t" + param.Name() + " = " + param.Name() + ".Copy()"
	if len(decl.Body.List) == 0 {
		text += "\n"
	}
	return []analysis.SuggestedFix{{
		Message:   "Copy " + param.Name() + " before writing to it",
		TextEdits: []analysis.TextEdit{{Pos: decl.Body.Lbrace + 1, End: decl.Body.Lbrace + 1, NewText: []byte(text)}},
	}}
}

// writeBackFix offers, for a named copy made by Take or Mask, a write back
// into the original right after the write.
func (c *checker) writeBackFix(m *alias.Func, ev *alias.Event, root *alias.Root) []analysis.SuggestedFix {
	copyProv := m.Provs[root.Site]
	if copyProv == nil || !copyProv.Named || ev.Prov.Root != root {
		return nil
	}
	call := c.syntax.callSyntax(root.Site)
	if call == nil {
		return nil
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || !simpleExpr(sel.X) {
		return nil
	}
	for _, arg := range call.Args {
		if !simpleExpr(arg) {
			return nil
		}
	}
	var putText string
	switch {
	case sel.Sel.Name == "Take" && len(call.Args) == 2:
		putText = sprintf("%s.Put(%s, %s, %s)", c.syntax.src(sel.X), c.syntax.src(call.Args[0]), c.syntax.src(call.Args[1]), copyProv.Name)
	case sel.Sel.Name == "Mask" && len(call.Args) == 1:
		putText = sprintf("%s.PutMask(%s, %s)", c.syntax.src(sel.X), c.syntax.src(call.Args[0]), copyProv.Name)
	default:
		return nil
	}
	stmt := c.syntax.enclosingStmt(ev.Pos)
	if stmt == nil {
		return nil
	}
	// The write-back must use the same indices, mask and original: none
	// of the variables it names may change between the copy and the write.
	names := append([]ast.Expr{sel.X}, call.Args...)
	if c.syntax.assignedBetween(names, call.End(), stmt.End()) {
		return nil
	}
	indent := c.syntax.indentOf(stmt.Pos())
	at := c.syntax.lineEnd(stmt.End())
	return []analysis.SuggestedFix{{
		Message:   "Write the copy back into the original",
		TextEdits: []analysis.TextEdit{{Pos: at, End: at, NewText: []byte("\n" + indent + putText)}},
	}}
}
