package analyzer

import (
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

var updateDocs = flag.Bool("update-docs", false, "rewrite the lists in doc.go and dispatch.go from the registered checks")

// TestCheckFiles keeps the recipe of docs/architecture.md true: a check is
// one file, vcNNNN_name.go, that declares its ID and registers its entry
// and hooks; no other file of the package declares a check ID or
// registers a check. Further files of a check share its prefix
// (vc1002_slicesnapshot.go).
func TestCheckFiles(t *testing.T) {
	fset := token.NewFileSet()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	ids := make(map[string]string)         // check ID -> the file declaring it
	registers := make(map[string][]string) // file -> the check entries it registers
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			if gd, ok := decl.(*ast.GenDecl); ok && gd.Tok == token.CONST {
				for _, spec := range gd.Specs {
					for _, v := range spec.(*ast.ValueSpec).Values {
						if lit, ok := v.(*ast.BasicLit); ok && lit.Kind == token.STRING {
							if s, _ := strconv.Unquote(lit.Value); regexp.MustCompile(`^VC\d{4}$`).MatchString(s) {
								ids[s] = name
							}
						}
					}
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "register" && len(call.Args) > 0 {
					arg, _ := call.Args[0].(*ast.Ident)
					if arg == nil {
						t.Errorf("%s: register's first argument should name the check's entry", fset.Position(call.Pos()))
						return true
					}
					registers[name] = append(registers[name], arg.Name)
				}
			}
			return true
		})
		if strings.HasPrefix(name, "vc") && CheckByID(strings.ToUpper(strings.SplitN(name, "_", 2)[0])) == nil {
			t.Errorf("%s is named after no registered check", name)
		}
	}
	for _, c := range Checks {
		file := strings.ToLower(c.ID) + "_" + strings.ReplaceAll(c.Name, "-", "") + ".go"
		if ids[c.ID] != file {
			t.Errorf("%s's ID is declared in %q, want %s", c.ID, ids[c.ID], file)
		}
		if len(registers[file]) != 1 {
			t.Errorf("%s registers %v, want the entry of %s alone", file, registers[file], c.ID)
		}
		delete(registers, file)
	}
	for file, regs := range registers {
		t.Errorf("%s registers %v: a check registers itself from its own file", file, regs)
	}
}

// TestGeneratedDocs keeps the lists that name every check, or every write
// rule, equal to the registry: run "go generate ./analyzer" (which passes
// -update-docs) after adding a check.
func TestGeneratedDocs(t *testing.T) {
	for _, g := range []struct {
		file, marker string
		lines        []string
	}{
		{"doc.go", "(written by go generate from [Checks]):", checkList()},
		{"dispatch.go", "(written by go generate from the checks' registrations):", writeRuleList()},
	} {
		src, err := os.ReadFile(g.file)
		if err != nil {
			t.Fatal(err)
		}
		got, err := replaceList(string(src), g.marker, g.lines)
		if err != nil {
			t.Errorf("%s: %v", g.file, err)
			continue
		}
		if got == string(src) {
			continue
		}
		if *updateDocs {
			if err := os.WriteFile(g.file, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		t.Errorf("%s: the list after %q is out of date with the registered checks; run: go generate ./analyzer", g.file, g.marker)
	}
}

// replaceList replaces the comment lines between the blank comment line
// after the one that ends with marker and the next blank comment line.
func replaceList(src, marker string, lines []string) (string, error) {
	all := strings.Split(src, "\n")
	at := -1
	for i, l := range all {
		if strings.HasPrefix(l, "//") && strings.HasSuffix(l, marker) {
			at = i
			break
		}
	}
	if at < 0 || at+1 >= len(all) || all[at+1] != "//" {
		return "", fmt.Errorf("no line ending with %q followed by a blank comment line", marker)
	}
	end := at + 2
	for end < len(all) && all[end] != "//" {
		if !strings.HasPrefix(all[end], "//") {
			return "", fmt.Errorf("the list after %q ends without a blank comment line", marker)
		}
		end++
	}
	out := append(append(append([]string(nil), all[:at+2]...), lines...), all[end:]...)
	return strings.Join(out, "\n"), nil
}

// checkList is the list of checks in doc.go: ID, name and title.
func checkList() []string {
	width := 0
	for _, c := range Checks {
		width = max(width, len(c.Name))
	}
	var lines []string
	for _, c := range Checks {
		r, n := utf8.DecodeRuneInString(c.Title)
		lines = append(lines, fmt.Sprintf("//\t%s %-*s  %s", c.ID, width, c.Name, string(unicode.ToLower(r))+c.Title[n:]))
	}
	return lines
}

// writeRuleList is the table of write rules in dispatch.go: rank, check
// and what the rule claims, wrapped.
func writeRuleList() []string {
	var lines []string
	for _, w := range writeRules {
		lines = append(lines, wrap(fmt.Sprintf("%d, %s %s: %s", w.rank, w.check.ID, w.check.Name, w.doc), "//   - ", "//     ", 76)...)
	}
	return lines
}

// wrap breaks text into lines of at most width characters, prefixes
// included.
func wrap(text, first, rest string, width int) []string {
	var lines []string
	line := first
	for _, word := range strings.Fields(text) {
		if line != first && line != rest && len(line)+1+len(word) > width {
			lines = append(lines, line)
			line = rest
		}
		if line != first && line != rest {
			line += " "
		}
		line += word
	}
	return append(lines, line)
}
