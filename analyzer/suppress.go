package analyzer

import (
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Suppressions follow staticcheck's linter directives, so that they work
// the same under go vet, the CLI, golangci-lint and gopls:
//
//	//lint:ignore VC1001[,VC1002] reason     the next line (or this line, as a trailing comment)
//	//lint:ignore view-write reason          a check may be named by its name too
//	//lint:file-ignore VC1001 reason         the whole file
//
// Directives that name no viewcheck check are left to other tools.

// MissingReason is the check ID of a suppression directive without a reason.
//
// Deprecated: it is BadDirective, its name in [Checks].
const MissingReason = BadDirective

type ignore struct {
	pos    token.Pos
	file   string
	line   int // 0 for a file-wide directive
	checks []string
	reason string
}

type suppressions struct {
	fset    *token.FileSet
	ignores []ignore
}

func newSuppressions(pass *analysis.Pass) *suppressions {
	s := &suppressions{fset: pass.Fset}
	for _, f := range pass.Files {
		for _, g := range f.Comments {
			for _, c := range g.List {
				var fileWide bool
				var rest string
				switch {
				case strings.HasPrefix(c.Text, "//lint:ignore "):
					rest = c.Text[len("//lint:ignore "):]
				case strings.HasPrefix(c.Text, "//lint:file-ignore "):
					rest, fileWide = c.Text[len("//lint:file-ignore "):], true
				default:
					continue
				}
				fields := strings.Fields(rest)
				if len(fields) == 0 {
					continue
				}
				var checks []string
				ours := false
				for _, id := range strings.Split(fields[0], ",") {
					id = strings.TrimSpace(id)
					if c := CheckByID(id); c != nil {
						id = c.ID // a check's name works too: view-write
					}
					checks = append(checks, id)
					if strings.HasPrefix(strings.ToUpper(id), "VC") || id == "*" {
						ours = true
					}
				}
				if !ours {
					continue
				}
				p := pass.Fset.Position(c.Pos())
				ig := ignore{pos: c.Pos(), file: p.Filename, checks: checks, reason: strings.Join(fields[1:], " ")}
				if !fileWide {
					ig.line = p.Line
				}
				s.ignores = append(s.ignores, ig)
			}
		}
	}
	return s
}

// ignored reports whether a finding of check at pos is suppressed.
func (s *suppressions) ignored(check string, pos token.Pos) bool {
	if s == nil || len(s.ignores) == 0 {
		return false
	}
	p := s.fset.Position(pos)
	for _, ig := range s.ignores {
		if ig.file != p.Filename || ig.reason == "" {
			continue
		}
		if ig.line != 0 && ig.line != p.Line && ig.line != p.Line-1 {
			continue
		}
		for _, c := range ig.checks {
			if c == "*" || strings.EqualFold(c, check) {
				return true
			}
		}
	}
	return false
}
