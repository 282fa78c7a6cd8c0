package main

import (
	"go/ast"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestStdBodiesKeptForRoots: the standard library packages viewcheck is
// asked to analyze keep their function bodies (the checks that run in
// every package look inside them); the others, loaded only for their
// types, lose them.
func TestStdBodiesKeptForRoots(t *testing.T) {
	goroot := goRoot()
	if goroot == "" {
		t.Fatal("go env GOROOT failed: the tests need the go command")
	}
	goroot += string(filepath.Separator)
	keep := stdRootFiles(&packages.Config{}, []string{"container/ring"}, goroot)
	ring := filepath.Join(goroot, "src", "container", "ring", "ring.go")
	list := filepath.Join(goroot, "src", "container", "list", "list.go")
	if !keep[ring] || keep[list] {
		t.Fatalf("stdRootFiles(container/ring): ring.go kept %v (want true), list.go kept %v (want false)", keep[ring], keep[list])
	}
	parse := parseFileSkippingStdBodies(goroot, keep)
	bodies := func(name string) int {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parse(token.NewFileSet(), name, src)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				n++
			}
		}
		return n
	}
	if n := bodies(ring); n == 0 {
		t.Errorf("%s, a package being analyzed, lost its function bodies", strings.TrimPrefix(ring, goroot))
	}
	if n := bodies(list); n != 0 {
		t.Errorf("%s, a dependency, kept %d function bodies", strings.TrimPrefix(list, goroot), n)
	}
}
