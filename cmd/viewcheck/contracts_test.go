package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// ringLib is a library without directives; ringUser writes through a view
// it makes (VC1001 on line 10).
const ringLib = `package ring

type Buf struct{ data []float64 }

func New(xs ...float64) *Buf        { return &Buf{append([]float64(nil), xs...)} }
func (b *Buf) Window(i, j int) *Buf { return &Buf{b.data[i:j]} }
func (b *Buf) Scale(c float64) {
	for i := range b.data {
		b.data[i] *= c
	}
}
func (b *Buf) At(i int) float64 { return b.data[i] }
`

const ringUser = `package main

import (
	"fmt"

	"example.com/user/ring"
)

func main() {
	b := ring.New(1, 2, 3, 4)
	w := b.Window(0, 2)
	w.Scale(10)
	fmt.Println(b.At(0))
}
`

const ringContracts = `example.com/user/ring.Buf              array
example.com/user/ring.New              fresh
(*example.com/user/ring.Buf).Window    view
(*example.com/user/ring.Buf).Scale     writes recv
(*example.com/user/ring.Buf).At        reads
`

var ringFinding = regexp.MustCompile(`(?m)main\.go:12:\d+: "w" is a view of "b" \(made by Window\).*\(VC1001\)$`)

// viewcheck.contracts at the module root is read by both modes without a
// flag; without it, the library's views are unknown and nothing is found.
func TestModuleContractsFile(t *testing.T) {
	t.Parallel()
	files := func(withContracts bool) map[string]string {
		f := map[string]string{"main.go": ringUser, "ring/ring.go": ringLib}
		if withContracts {
			f["viewcheck.contracts"] = ringContracts
		}
		return f
	}
	dir := newModule(t, files(true))
	if r := viewcheck(t, dir, "./..."); r.code != 1 || !ringFinding.MatchString(r.stdout) {
		t.Errorf("viewcheck with viewcheck.contracts: want the VC1001 finding\n%v", r)
	}
	if r := runIn(t, dir, "go", "vet", "-vettool="+viewcheckBinary(t), "./..."); r.code != 1 || !ringFinding.MatchString(r.stderr) {
		t.Errorf("go vet -vettool with viewcheck.contracts: want the VC1001 finding\n%v", r)
	}
	bare := newModule(t, files(false))
	if r := viewcheck(t, bare, "./..."); r.code != 0 {
		t.Errorf("viewcheck without contracts: want no finding\n%v", r)
	}
	// The same contracts given with -contracts instead.
	flagged := newModule(t, files(false))
	file := filepath.Join(t.TempDir(), "ring.contracts")
	writeFile(t, file, ringContracts)
	if r := viewcheck(t, flagged, "-contracts", file, "./..."); r.code != 1 || !ringFinding.MatchString(r.stdout) {
		t.Errorf("viewcheck -contracts: want the VC1001 finding\n%v", r)
	}
	if r := runIn(t, flagged, "go", "vet", "-vettool="+viewcheckBinary(t), "-contracts="+file, "./..."); r.code != 1 || !ringFinding.MatchString(r.stderr) {
		t.Errorf("go vet -vettool -contracts: want the VC1001 finding\n%v", r)
	}
}

// A bad contracts file is an error that names file:line in both modes.
func TestBadContractsFileIsAnError(t *testing.T) {
	t.Parallel()
	dir := newModule(t, map[string]string{"main.go": ringUser, "ring/ring.go": ringLib,
		"viewcheck.contracts": "# ok\n(*example.com/user/ring.Buf).Window view\nexample.com/user/ring.New shares\n"})
	want := filepath.Join(dir, "viewcheck.contracts") + ":3: example.com/user/ring.New: unknown directive"
	r := viewcheck(t, dir, "./...")
	if r.code != 2 || !strings.Contains(r.stderr, want) {
		t.Errorf("viewcheck: want exit status 2 and %q on stderr\n%v", want, r)
	}
	r = runIn(t, dir, "go", "vet", "-vettool="+viewcheckBinary(t), "./...")
	if r.code == 0 || !strings.Contains(r.stderr, want) {
		t.Errorf("go vet -vettool: want a failure and %q on stderr\n%v", want, r)
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
