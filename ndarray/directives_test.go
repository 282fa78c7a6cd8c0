package ndarray

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The viewcheck analyzer reads the //viewcheck: directives of this package
// as facts about its API (see the package doc). This test keeps them
// complete and well-formed: every exported function and method must state
// its contract, in the grammar below, as the last lines of its doc comment.

const directivePrefix = "//viewcheck:"

// resultKinds say what a function's result is; at most one may appear.
var resultKinds = []string{"fresh", "copy", "view", "base", "readonly", "mayview", "reads", "meta"}

type directiveLine struct {
	kind string
	args []string
}

// parseDirective parses one comment line that starts with directivePrefix.
func parseDirective(text string) (directiveLine, error) {
	fields := strings.Fields(strings.TrimPrefix(text, directivePrefix))
	if len(fields) == 0 {
		return directiveLine{}, fmt.Errorf("empty directive %q", text)
	}
	d := directiveLine{kind: fields[0], args: fields[1:]}
	switch d.kind {
	case "fresh", "copy", "reads", "meta", "array":
		if len(d.args) != 0 {
			return d, fmt.Errorf("%q takes no arguments", text)
		}
	case "view", "base", "readonly", "mayview":
		if len(d.args) > 1 {
			return d, fmt.Errorf("%q takes at most one parameter name", text)
		}
	case "layout":
		if len(d.args) != 1 || (d.args[0] != "strided" && d.args[0] != "contiguous" && d.args[0] != "any") {
			return d, fmt.Errorf("%q: layout takes strided, contiguous or any", text)
		}
	case "writes", "keeps":
		if len(d.args) == 0 {
			return d, fmt.Errorf("%q needs the names of the parameters", text)
		}
	case "index":
		if len(d.args) != 1 || !slices.Contains([]string{"range", "int", "all", "newaxis"}, d.args[0]) {
			return d, fmt.Errorf("%q: index takes range, int, all or newaxis", text)
		}
	default:
		return d, fmt.Errorf("unknown directive %q", text)
	}
	return d, nil
}

// checkDoc checks the directives of one function's doc comment against its
// declaration and returns what is wrong, if anything.
func checkDoc(fn *ast.FuncDecl) []string {
	if fn.Doc == nil {
		return []string{"no doc comment and no //viewcheck: directive"}
	}
	var problems []string
	lines := fn.Doc.List
	// The directives must be the last lines, after a blank "//" line.
	first := len(lines)
	for first > 0 && strings.HasPrefix(lines[first-1].Text, directivePrefix) {
		first--
	}
	for _, c := range lines[:first] {
		if strings.HasPrefix(c.Text, directivePrefix) {
			problems = append(problems, fmt.Sprintf("directive %q is not among the last lines of the doc comment", c.Text))
		}
	}
	if first == len(lines) {
		return append(problems, "no //viewcheck: directive")
	}
	if first > 0 && lines[first-1].Text != "//" {
		problems = append(problems, "the directives must follow a blank // line")
	}

	params := map[string]bool{}
	var firstParam string
	if fn.Recv != nil {
		for _, n := range fn.Recv.List[0].Names {
			params[n.Name] = true
		}
	}
	for _, f := range fn.Type.Params.List {
		for _, n := range f.Names {
			params[n.Name] = true
			if firstParam == "" {
				firstParam = n.Name
			}
		}
	}
	var kinds []string
	layoutAny := false
	for _, c := range lines[first:] {
		d, err := parseDirective(c.Text)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		kinds = append(kinds, d.kind)
		if d.kind == "layout" && len(d.args) == 1 && d.args[0] == "any" {
			layoutAny = true
		}
		switch d.kind {
		case "array":
			problems = append(problems, "//viewcheck:array belongs on a type, not a function")
		case "view", "base", "readonly", "mayview":
			if len(d.args) == 1 && !params[d.args[0]] {
				problems = append(problems, fmt.Sprintf("%q names unknown parameter %q", c.Text, d.args[0]))
			}
			if len(d.args) == 0 && fn.Recv == nil && firstParam == "" {
				problems = append(problems, fmt.Sprintf("%q: no receiver or parameter to be a view of", c.Text))
			}
		case "writes", "keeps":
			for _, p := range d.args {
				if !params[p] {
					problems = append(problems, fmt.Sprintf("%q names unknown parameter %q", c.Text, p))
				}
			}
		}
	}
	var results []string
	for _, k := range kinds {
		if slices.Contains(resultKinds, k) {
			results = append(results, k)
		}
	}
	switch {
	case len(results) > 1:
		problems = append(problems, fmt.Sprintf("conflicting result directives %v", results))
	case len(results) == 0 && !slices.Contains(kinds, "writes"):
		problems = append(problems, "no result directive (fresh, copy, view, base, readonly, mayview, reads, meta) and no writes")
	}
	if slices.Contains(kinds, "reads") && slices.Contains(kinds, "writes") {
		problems = append(problems, "reads and writes contradict each other")
	}
	// layout describes the view a function returns, or, on an index
	// constructor such as Step (no array result), the views sliced with
	// the indices it makes.
	// "layout any" on a fresh result says its layout depends on the input
	// (a file loaded in Fortran order).
	if slices.Contains(kinds, "layout") && !slices.ContainsFunc(results, func(k string) bool {
		return k == "view" || k == "readonly" || k == "mayview"
	}) && (returnsArray(fn) || !slices.Contains(results, "reads")) && !(slices.Contains(results, "fresh") && layoutAny) {
		problems = append(problems, "layout describes a view: it needs view, readonly or mayview (or reads, on an index constructor)")
	}
	if returnsArray(fn) && !slices.ContainsFunc(results, func(k string) bool { return k != "reads" }) {
		problems = append(problems, "returns an *Array but does not say whether it is fresh, a copy or a view")
	}
	return problems
}

// returnsArray reports whether fn's results include an *Array.
func returnsArray(fn *ast.FuncDecl) bool {
	if fn.Type.Results == nil {
		return false
	}
	for _, f := range fn.Type.Results.List {
		star, ok := f.Type.(*ast.StarExpr)
		if !ok {
			continue
		}
		x := star.X
		if ix, ok := x.(*ast.IndexExpr); ok {
			x = ix.X
		}
		if id, ok := x.(*ast.Ident); ok && id.Name == "Array" {
			return true
		}
	}
	return false
}

// exportedAPI reports whether fn is part of the package's API: an exported
// function, or an exported method of an exported type.
func exportedAPI(fn *ast.FuncDecl) bool {
	if !fn.Name.IsExported() {
		return false
	}
	if fn.Recv == nil {
		return true
	}
	t := fn.Recv.List[0].Type
	if star, ok := t.(*ast.StarExpr); ok {
		t = star.X
	}
	switch x := t.(type) {
	case *ast.IndexExpr:
		t = x.X
	case *ast.IndexListExpr:
		t = x.X
	}
	id, ok := t.(*ast.Ident)
	return ok && id.IsExported()
}

func TestDirectives(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var problems []string
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		docs := map[*ast.CommentGroup]bool{}
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				docs[d.Doc] = true
				if !exportedAPI(d) && !hasDirective(d.Doc) {
					continue
				}
				checked++
				for _, p := range checkDoc(d) {
					problems = append(problems, fmt.Sprintf("%s: %s: %s", fset.Position(d.Pos()), funcName(d), p))
				}
			case *ast.GenDecl:
				docs[d.Doc] = true
				for _, s := range d.Specs {
					if ts, ok := s.(*ast.TypeSpec); ok {
						docs[ts.Doc] = true
						problems = append(problems, checkTypeDoc(fset, d.Doc, ts)...)
						problems = append(problems, checkTypeDoc(fset, ts.Doc, ts)...)
					}
				}
			}
		}
		// A directive anywhere else is attached to nothing and would be
		// silently ignored by the analyzer.
		for _, g := range f.Comments {
			if docs[g] {
				continue
			}
			for _, c := range g.List {
				if strings.HasPrefix(c.Text, directivePrefix) {
					problems = append(problems, fmt.Sprintf("%s: stray directive %q is not in a function's or type's doc comment", fset.Position(c.Pos()), c.Text))
				}
			}
		}
	}
	if checked < 50 {
		t.Errorf("only %d exported functions and methods found; is the test reading the package?", checked)
	}
	if len(problems) > 0 {
		t.Errorf("%d directive problems:\n%s", len(problems), strings.Join(problems, "\n"))
	}
}

// checkTypeDoc allows only //viewcheck:array on a type.
func checkTypeDoc(fset *token.FileSet, doc *ast.CommentGroup, ts *ast.TypeSpec) []string {
	if doc == nil {
		return nil
	}
	var problems []string
	for _, c := range doc.List {
		if !strings.HasPrefix(c.Text, directivePrefix) {
			continue
		}
		d, err := parseDirective(c.Text)
		if err == nil && d.kind != "array" {
			err = fmt.Errorf("%q: only //viewcheck:array belongs on a type", c.Text)
		}
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s: type %s: %v", fset.Position(c.Pos()), ts.Name.Name, err))
		}
	}
	return problems
}

func hasDirective(doc *ast.CommentGroup) bool {
	if doc == nil {
		return false
	}
	for _, c := range doc.List {
		if strings.HasPrefix(c.Text, directivePrefix) {
			return true
		}
	}
	return false
}

func funcName(fn *ast.FuncDecl) string {
	if fn.Recv == nil {
		return fn.Name.Name
	}
	t := fn.Recv.List[0].Type
	if star, ok := t.(*ast.StarExpr); ok {
		t = star.X
	}
	if ix, ok := t.(*ast.IndexExpr); ok {
		t = ix.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name + "." + fn.Name.Name
	}
	return fn.Name.Name
}

// TestDirectiveChecker makes sure the checker above rejects what it should,
// so that TestDirectives passing means something.
func TestDirectiveChecker(t *testing.T) {
	tests := []struct {
		src  string
		want string // a substring of the problems; "" for none
	}{
		{"// F is fine.\n//\n//viewcheck:fresh\nfunc F() *Array[int] { return nil }", ""},
		{"// M is fine.\n//\n//viewcheck:view\n//viewcheck:layout strided\nfunc (a *Array[T]) M() *Array[T] { return a }", ""},
		{"// W is fine.\n//\n//viewcheck:writes a dst\nfunc (a *Array[T]) W(dst *Array[T]) {}", ""},
		{"// V is fine.\n//\n//viewcheck:view data\nfunc V(data []int) *Array[int] { return nil }", ""},
		{"func F() {}", "no doc comment"},
		{"// F has none.\nfunc F() {}", "no //viewcheck: directive"},
		{"// F has no blank line.\n//viewcheck:reads\nfunc F() {}", "blank // line"},
		{"// F is late.\n//\n//viewcheck:reads\n// more text\nfunc F() {}", "not among the last lines"},
		{"// F is unknown.\n//\n//viewcheck:shares\nfunc F() {}", "unknown directive"},
		{"// F is bad.\n//\n//viewcheck:view b\nfunc F(a []int) *Array[int] { return nil }", "unknown parameter \"b\""},
		{"// W is bad.\n//\n//viewcheck:writes a x\nfunc (a *Array[T]) W() {}", "unknown parameter \"x\""},
		{"// F is both.\n//\n//viewcheck:fresh\n//viewcheck:copy\nfunc F() *Array[int] { return nil }", "conflicting"},
		{"// F lays out.\n//\n//viewcheck:layout strided\nfunc F() {}", "no result directive"},
		{"// F copies.\n//\n//viewcheck:fresh\n//viewcheck:layout strided\nfunc F() *Array[int] { return nil }", "layout describes a view"},
		{"// F loads.\n//\n//viewcheck:fresh\n//viewcheck:layout any\nfunc F() *Array[int] { return nil }", ""},
		{"// F reads.\n//\n//viewcheck:reads\n//viewcheck:layout strided\nfunc F() *Array[int] { return nil }", "layout describes a view"},
		{"// Step is an index.\n//\n//viewcheck:reads\n//viewcheck:layout strided\nfunc Step(a, b, c int) Index { return Index{} }", ""},
		{"// F lays out.\n//\n//viewcheck:fresh\n//viewcheck:layout diagonal\nfunc F() {}", "strided, contiguous or any"},
		{"// F reads.\n//\n//viewcheck:reads\nfunc F() *Array[int] { return nil }", "returns an *Array"},
		{"// F writes.\n//\n//viewcheck:reads\n//viewcheck:writes a\nfunc F(a *Array[int]) {}", "contradict"},
		{"// F takes.\n//\n//viewcheck:fresh x\nfunc F() {}", "no arguments"},
	}
	for _, tc := range tests {
		f, err := parser.ParseFile(token.NewFileSet(), "x.go", "package p\n"+tc.src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		fn := f.Decls[0].(*ast.FuncDecl)
		got := strings.Join(checkDoc(fn), "; ")
		if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
			t.Errorf("%s\nproblems %q, want %q", tc.src, got, tc.want)
		}
	}
}
