package analyzer

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// flowFixture type-checks src and returns a checker over it, the body of
// function f, and a function that finds the position of a marker comment's
// line (the statement on the line that ends with /*name*/).
func flowFixture(t *testing.T, src string) (*checker, *ast.BlockStmt, func(string) token.Pos) {
	t.Helper()
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "f.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}, Types: map[ast.Expr]types.TypeAndValue{}}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{file}, info)
	if err != nil {
		t.Fatal(err)
	}
	c := &checker{pass: &analysis.Pass{Fset: fset, Files: []*ast.File{file}, Pkg: pkg, TypesInfo: info}}
	var body *ast.BlockStmt
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "f" {
			body = fd.Body
		}
	}
	at := func(marker string) token.Pos {
		for _, cg := range file.Comments {
			if strings.TrimSpace(cg.Text()) == marker {
				line := fset.Position(cg.Pos()).Line
				// The first token on the marker's line.
				f := fset.File(cg.Pos())
				return f.LineStart(line) + token.Pos(strings.IndexFunc(src[f.Offset(f.LineStart(line)):], func(r rune) bool { return r != '\t' && r != ' ' }))
			}
		}
		t.Fatalf("no marker %s", marker)
		return token.NoPos
	}
	return c, body, at
}

func TestFlowReaches(t *testing.T) {
	src := `package p

import "os"

func f(xs []int, cond bool) (out [][]int) {
	var cur []int
	for _, x := range xs {
		cur = append(cur, x) /*append*/
		if x > 2 {
			out = append(out, cur) /*store*/
			break
		}
		if x < 0 {
			out = append(out, cur) /*storeLoop*/
		}
		if x == 7 {
			os.Exit(1) /*exit*/
		}
	}
	cur[0] = 1 /*after*/
	if cond {
		return /*ret*/
	}
	cur = nil /*reset*/
	cur[0] = 2 /*last*/
	return
}
`
	c, body, at := flowFixture(t, src)
	g := c.flow(body)
	if g == nil {
		t.Fatal("no graph")
	}
	cases := []struct {
		from, to string
		want     bool
	}{
		{"append", "store", true},
		{"store", "append", false}, // break leaves the loop
		{"storeLoop", "append", true},
		{"store", "after", true},
		{"exit", "after", false}, // os.Exit never returns
		{"ret", "last", false},
		{"after", "append", false},
		{"append", "append", true}, // a loop
	}
	for _, tc := range cases {
		if got := g.reaches(at(tc.from), at(tc.to)); got != tc.want {
			t.Errorf("reaches(%s, %s) = %v, want %v", tc.from, tc.to, got, tc.want)
		}
	}
	if !g.inLoop(at("append")) || g.inLoop(at("after")) {
		t.Errorf("inLoop: append %v (want true), after %v (want false)", g.inLoop(at("append")), g.inLoop(at("after")))
	}
	stopAtReset := func(n ast.Node) bool { return n.Pos() == at("reset") }
	if g.reachesAvoiding(at("after"), at("last"), stopAtReset) {
		t.Error("reachesAvoiding passed the stop node")
	}
	if !g.reachesAvoiding(at("append"), at("after"), stopAtReset) {
		t.Error("reachesAvoiding: the stop node is not on the path, yet no path found")
	}
}

// TestFlowEntryNodes: a range statement's value is assigned again at the top
// of every round, and a select case's receive happens only in its case, so
// a stop on them blocks the paths that enter the loop body or the case.
func TestFlowEntryNodes(t *testing.T) {
	src := `package p

func f(xs [][]int, ch chan []int, done chan bool) (keep [][]int) {
	for _, x := range xs {
		keep = append(keep, x) /*store*/
		x[0] = 1 /*write*/
	}
	for {
		select {
		case v := <-ch:
			keep = append(keep, v) /*recv*/
		case <-done:
			return /*done*/
		}
	}
}
`
	c, body, at := flowFixture(t, src)
	g := c.flow(body)
	var value, recvLHS ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.RangeStmt:
			value = n.Value
		case *ast.CommClause:
			if as, ok := n.Comm.(*ast.AssignStmt); ok {
				recvLHS = as
			}
		}
		return true
	})
	isValue := func(n ast.Node) bool { return n == value }
	if !g.reaches(at("write"), at("store")) {
		t.Fatal("the loop's next round does not reach the store")
	}
	if g.reachesAvoiding(at("write"), at("store"), isValue) {
		t.Error("the next round reaches the store without assigning the range value again")
	}
	isRecv := func(n ast.Node) bool { return n == recvLHS }
	if g.reachesAvoiding(at("recv"), at("recv"), isRecv) {
		t.Error("the receive case is entered again without its receive")
	}
	if !g.reachesAvoiding(at("recv"), at("done"), isRecv) {
		t.Error("the other case is blocked by this case's receive")
	}
}
