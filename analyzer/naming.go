package analyzer

import (
	"go/ast"
	"strings"
	"unicode"

	"golang.org/x/tools/go/ssa"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
)

// calleeName names the function a call value calls, for messages.
func (c *checker) calleeName(v ssa.Value) string {
	if call := c.syntax.callSyntax(v); call != nil {
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
func (c *checker) exprText(e ast.Expr) string {
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
func (c *checker) nameOf(p *alias.Prov) string {
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
		if call := c.syntax.callSyntax(p.Value); call != nil {
			return c.exprText(call)
		}
		if sel := c.syntax.fieldSyntax(p.Value); sel != nil {
			return c.exprText(sel)
		}
	}
	return "the array"
}

// rootName names the memory a root stands for.
func (c *checker) rootName(m *alias.Func, r *alias.Root) string {
	if r.Parent != nil {
		return c.rootName(m, r.Parent) + "." + r.Field
	}
	switch r.Kind {
	case alias.RootParam:
		if r.Param < len(m.Fn.Params) {
			return m.Fn.Params[r.Param].Name()
		}
	default:
		if r.Site != nil {
			if p := m.Provs[r.Site]; p != nil {
				return c.nameOf(p)
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

// baseName names what a view is a view of, as the program names it.
func (c *checker) baseName(m *alias.Func, view *alias.Prov) string {
	b := m.EffectiveBase(view)
	if b == nil || b.Rel == alias.Own {
		return c.rootName(m, view.Root)
	}
	return c.nameOf(b)
}

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

// snapshotWords are the words of a variable name that say it keeps old
// values.
var snapshotWords = map[string]bool{
	"backup": true, "bak": true, "old": true, "orig": true, "original": true, "prev": true,
	"previous": true, "saved": true, "save": true, "snapshot": true, "snap": true,
	"before": true, "initial": true, "init": true, "tmp": true, "temp": true, "checkpoint": true,
	"ckpt": true, "stash": true, "undo": true, "baseline": true, "history": true, "hist": true,
	"copy": true, "cp": true, "kept": true, "keep": true, "earlier": true,
}

// snapshotName reports whether a variable name says the value keeps old
// values: one of its words (split at underscores, digits and camelCase
// humps) is a snapshot word.
func snapshotName(name string) bool {
	for _, w := range splitWords(name) {
		if snapshotWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

func splitWords(name string) []string {
	var words []string
	start := 0
	runes := []rune(name)
	for i := 1; i <= len(runes); i++ {
		if i == len(runes) || runes[i] == '_' || unicode.IsDigit(runes[i]) ||
			(unicode.IsUpper(runes[i]) && !unicode.IsUpper(runes[i-1])) {
			if w := strings.Trim(string(runes[start:i]), "_0123456789"); w != "" {
				words = append(words, w)
			}
			start = i
		}
	}
	return words
}
