package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
)

// A finding is one diagnostic before suppression.
type finding struct {
	check   string
	pos     token.Pos
	msg     string
	related []analysis.RelatedInformation
	fixes   []analysis.SuggestedFix
}

func (a *analysis_) report(f finding) {
	if !a.enabled[f.check] || !f.pos.IsValid() {
		return
	}
	if a.reported == nil {
		a.reported = make(map[string]bool)
	}
	key := fmt.Sprintf("%s@%d", f.check, f.pos)
	if a.reported[key] {
		return
	}
	a.reported[key] = true
	if a.suppress.ignored(f.check, f.pos) {
		return
	}
	a.pass.Report(analysis.Diagnostic{
		Pos:            f.pos,
		Category:       f.check,
		Message:        f.msg + " (" + f.check + ")",
		Related:        f.related,
		SuggestedFixes: f.fixes,
	})
}

func (a *analysis_) line(pos token.Pos) int { return a.pass.Fset.Position(pos).Line }

func related(pos token.Pos, format string, args ...any) analysis.RelatedInformation {
	return analysis.RelatedInformation{Pos: pos, Message: fmt.Sprintf(format, args...)}
}

// callSyntax returns the call expression of a call value, if known.
func (a *analysis_) callSyntax(v ssa.Value) *ast.CallExpr {
	if v == nil {
		return nil
	}
	return a.calls[v.Pos()]
}

// calleeName names the function a call value calls, for messages.
func (a *analysis_) calleeName(v ssa.Value) string {
	if call := a.callSyntax(v); call != nil {
		switch fn := ast.Unparen(call.Fun).(type) {
		case *ast.SelectorExpr:
			return fn.Sel.Name
		case *ast.Ident:
			return fn.Name
		case *ast.IndexExpr:
			if sel, ok := fn.X.(*ast.SelectorExpr); ok {
				return sel.Sel.Name
			}
			if id, ok := fn.X.(*ast.Ident); ok {
				return id.Name
			}
		}
	}
	return "a call"
}

// exprText returns the source of an expression, shortened for messages.
func (a *analysis_) exprText(e ast.Expr) string {
	var b strings.Builder
	writeExpr(&b, e)
	s := b.String()
	if len(s) > 40 {
		s = s[:37] + "..."
	}
	return s
}

func writeExpr(b *strings.Builder, e ast.Expr) {
	switch e := e.(type) {
	case *ast.Ident:
		b.WriteString(e.Name)
	case *ast.SelectorExpr:
		writeExpr(b, e.X)
		b.WriteString(".")
		b.WriteString(e.Sel.Name)
	case *ast.CallExpr:
		writeExpr(b, e.Fun)
		b.WriteString("(...)")
	case *ast.IndexExpr:
		writeExpr(b, e.X)
		b.WriteString("[...]")
	case *ast.IndexListExpr:
		writeExpr(b, e.X)
		b.WriteString("[...]")
	case *ast.ParenExpr:
		writeExpr(b, e.X)
	case *ast.StarExpr:
		b.WriteString("*")
		writeExpr(b, e.X)
	default:
		b.WriteString("the array")
	}
}

// nameOf names the array a provenance describes: its variable, or the
// expression that made it.
func (a *analysis_) nameOf(p *alias.Prov) string {
	if p == nil {
		return "the array"
	}
	if p.Name != "" {
		return p.Name
	}
	if p.Value != nil {
		if n := p.Value.Name(); n != "" && !strings.HasPrefix(n, "t") {
			return n
		}
		if param, ok := p.Value.(*ssa.Parameter); ok {
			return param.Name()
		}
		if call := a.callSyntax(p.Value); call != nil {
			return a.exprText(call)
		}
		if sel := a.fieldSyntax(p.Value); sel != nil {
			return a.exprText(sel)
		}
	}
	return "the array"
}

// fieldSyntax returns the selector a field load comes from (s.data).
func (a *analysis_) fieldSyntax(v ssa.Value) *ast.SelectorExpr {
	switch v := v.(type) {
	case *ssa.UnOp:
		if fa, ok := v.X.(*ssa.FieldAddr); ok {
			return a.selectors[fa.Pos()]
		}
	case *ssa.Field:
		return a.selectors[v.Pos()]
	}
	return nil
}

// rootName names the memory a root stands for.
func (a *analysis_) rootName(m *alias.Func, r *alias.Root) string {
	if r.Parent != nil {
		return a.rootName(m, r.Parent) + "." + r.Field
	}
	switch r.Kind {
	case alias.RootParam:
		if r.Param < len(m.Fn.Params) {
			return m.Fn.Params[r.Param].Name()
		}
	default:
		if r.Site != nil {
			if p := m.Provs[r.Site]; p != nil {
				return a.nameOf(p)
			}
		}
		// A result taken out of a tuple (a, err := load()).
		for _, p := range m.Provs {
			if p.Root == r && p.Rel == alias.Own && p.Name != "" {
				return p.Name
			}
		}
	}
	return "the array"
}

// copyFix appends .Copy() to the call that made a view, when the result
// type has a Copy method returning the same type.
func (a *analysis_) copyFix(site ssa.Value, what string) []analysis.SuggestedFix {
	call := a.callSyntax(site)
	if call == nil || !a.hasCopy(site) {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message:   "Copy " + what + " where it is made",
		TextEdits: []analysis.TextEdit{{Pos: call.End(), End: call.End(), NewText: []byte(".Copy()")}},
	}}
}

// hasCopy reports whether v's type has a method Copy() of the same type.
func (a *analysis_) hasCopy(v ssa.Value) bool {
	t := v.Type()
	sel := types.NewMethodSet(t).Lookup(nil, "Copy")
	if sel == nil {
		return false
	}
	sig, ok := sel.Type().(*types.Signature)
	return ok && sig.Params().Len() == 0 && sig.Results().Len() == 1 &&
		types.Identical(sig.Results().At(0).Type(), t)
}

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// quote puts a name in quotes for a message.
func quote(name string) string {
	if name == "" || name == "the array" {
		return "the array"
	}
	if strings.Contains(name, " ") {
		return name // a description, not a name
	}
	return "\"" + name + "\""
}
