package analyzer

import (
	"fmt"
	"go/token"

	"golang.org/x/tools/go/analysis"
)

// An output decides which findings reach the pass: those of the enabled
// checks, once per check and position, unless a suppression covers them.
type output struct {
	enabled  map[string]bool
	suppress *suppressions
	reported map[string]bool
}

// A finding is one diagnostic before suppression.
type finding struct {
	check   string
	pos     token.Pos
	msg     string
	related []analysis.RelatedInformation
	fixes   []analysis.SuggestedFix
}

func (c *checker) report(f finding) {
	if !c.out.enabled[f.check] || !f.pos.IsValid() {
		return
	}
	if c.out.reported == nil {
		c.out.reported = make(map[string]bool)
	}
	key := fmt.Sprintf("%s@%d", f.check, f.pos)
	if c.out.reported[key] {
		return
	}
	c.out.reported[key] = true
	if c.out.suppress.ignored(f.check, f.pos) {
		return
	}
	c.pass.Report(analysis.Diagnostic{
		Pos:            f.pos,
		Category:       f.check,
		Message:        f.msg + " (" + f.check + ")",
		Related:        f.related,
		SuggestedFixes: f.fixes,
	})
}

func (c *checker) line(pos token.Pos) int { return c.pass.Fset.Position(pos).Line }

func related(pos token.Pos, format string, args ...any) analysis.RelatedInformation {
	return analysis.RelatedInformation{Pos: pos, Message: fmt.Sprintf(format, args...)}
}

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }
