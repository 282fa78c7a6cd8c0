// Command gen-arraycode writes a self-contained Go module of synthetic but
// realistic ndarray code, to measure and stress the viewcheck analyzer on
// code bases of a chosen size:
//
//	go run ./scripts/gen-arraycode -lines 25000 -out /tmp/arraycode-25k
//	cd /tmp/arraycode-25k && go build ./... && go vet -vettool=$(which viewcheck) ./...
//
// The module requires github.com/viewcheck/viewcheck through a replace
// directive pointing at the repository (-repo, by default the repository
// the command runs in), so it always uses the working tree's ndarray. The
// output is a function of -lines, -seed, -bugs and -fancy only.
//
// The code is a layered set of packages (each imports up to three earlier
// ones) with the shapes of real array code: constructors, helpers that return
// views (Row, Col, Window, Reversed, Head) and are called across packages,
// structs whose fields hold arrays, in-place mutators, generic functions,
// loops that update rows in place, fancy indexing written back with Put and
// PutMask, snapshots taken with Copy, overlapping in-place updates, closures,
// maps and slices of arrays.
//
// Everything is written to be quiet under the checks in docs/checks.md:
// named views are only read while their base is unchanged, writes go through
// unnamed views, per-iteration windows or arrays the function owns, and
// writes into copies are written back or read. With -bugs N, N functions
// with one known aliasing bug each are added (spread over the packages), and
// BUGS.txt lists them as file:line: check, the line being the write the
// diagnostic is reported at (the line also carries a "// seeded bug"
// comment); a run of the analyzer should report those and nothing else.
package main

import (
	"flag"
	"fmt"
	"go/format"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	lines := flag.Int("lines", 25000, "approximate number of lines of Go to write")
	out := flag.String("out", "", "directory to write the module to (created; existing .go files in it are removed)")
	seed := flag.Uint64("seed", 1, "random seed; the same flags give the same code")
	repo := flag.String("repo", "", "path of the viewcheck repository for the replace directive (default: the repository containing the current directory)")
	module := flag.String("module", "example.com/arraycode", "module path of the generated module")
	bugs := flag.Int("bugs", 0, "number of functions with a known aliasing bug to add (listed in BUGS.txt)")
	fancy := flag.Bool("fancy", true, "use Take, Put, Mask and PutMask (fancy and boolean indexing)")
	flag.Parse()
	if *out == "" || *lines <= 0 || *bugs < 0 {
		fmt.Fprintln(os.Stderr, "usage: gen-arraycode -lines N -out DIR [-seed S] [-repo PATH] [-bugs N]")
		os.Exit(2)
	}
	if *repo == "" {
		r, err := findRepo()
		if err != nil {
			fmt.Fprintln(os.Stderr, "gen-arraycode:", err)
			os.Exit(2)
		}
		*repo = r
	}
	abs, err := filepath.Abs(*repo)
	if err == nil {
		*repo = abs
	}
	stats, err := generate(config{
		lines: *lines, out: *out, seed: *seed, repo: *repo, module: *module, bugs: *bugs, fancy: *fancy,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen-arraycode:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %s: %d packages, %d files, %d lines, %d functions, %d seeded bugs\n",
		*out, stats.packages, stats.files, stats.lines, stats.funcs, stats.bugs)
}

// findRepo walks up from the current directory to the go.mod of the
// viewcheck module.
func findRepo() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.HasPrefix(modulePath(data), "github.com/viewcheck/viewcheck") {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("not inside the viewcheck repository; pass -repo")
		}
		dir = parent
	}
}

func modulePath(gomod []byte) string {
	for _, l := range strings.Split(string(gomod), "\n") {
		if f := strings.Fields(l); len(f) == 2 && f[0] == "module" {
			return f[1]
		}
	}
	return ""
}

func goDirective(gomod []byte) string {
	for _, l := range strings.Split(string(gomod), "\n") {
		if f := strings.Fields(l); len(f) == 2 && f[0] == "go" {
			return f[1]
		}
	}
	return "1.26"
}

type config struct {
	lines        int
	out          string
	seed         uint64
	repo, module string
	bugs         int
	fancy        bool
}

type stats struct {
	packages, files, lines, funcs, bugs int
}

// Average sizes: real array libraries have packages of a few thousand
// lines in files of a few hundred.
const (
	linesPerPackage = 2500
	linesPerFile    = 450
)

var domains = []string{
	"signal", "imaging", "stats", "kalman", "physics", "finance", "climate", "genomics",
	"audio", "optics", "robotics", "seismic", "markets", "weather", "vision", "spectra",
	"fluid", "lattice", "neural", "orbit", "sonar", "tomography", "traffic", "ecology",
}

func generate(cfg config) (stats, error) {
	var st stats
	gomod, err := os.ReadFile(filepath.Join(cfg.repo, "go.mod"))
	if err != nil {
		return st, fmt.Errorf("reading the repository's go.mod: %w", err)
	}
	if err := os.MkdirAll(cfg.out, 0o755); err != nil {
		return st, err
	}
	// Remove what an earlier run wrote, so that a smaller -lines leaves no
	// stale packages behind.
	old, _ := filepath.Glob(filepath.Join(cfg.out, "*", "*.go"))
	for _, f := range old {
		os.Remove(f)
	}
	mod := fmt.Sprintf("module %s\n\ngo %s\n\nrequire github.com/viewcheck/viewcheck v0.0.0\n\nreplace github.com/viewcheck/viewcheck => %s\n",
		cfg.module, goDirective(gomod), cfg.repo)
	if err := os.WriteFile(filepath.Join(cfg.out, "go.mod"), []byte(mod), 0o644); err != nil {
		return st, err
	}
	// The repository's go.sum covers everything ndarray's module needs.
	if sum, err := os.ReadFile(filepath.Join(cfg.repo, "go.sum")); err == nil {
		if err := os.WriteFile(filepath.Join(cfg.out, "go.sum"), sum, 0o644); err != nil {
			return st, err
		}
	}

	r := rand.New(rand.NewPCG(cfg.seed, 0x5eed))
	npkg := max(2, (cfg.lines+linesPerPackage/2)/linesPerPackage)
	pkgs := make([]*pkgInfo, npkg)
	for i := range pkgs {
		p := &pkgInfo{name: fmt.Sprintf("%s%03d", domains[i%len(domains)], i)}
		p.path = cfg.module + "/" + p.name
		// Layered imports: each package may use up to three of the ten
		// packages before it, like the layers of a real library.
		if i > 0 {
			cands := r.Perm(min(i, 10))
			for _, c := range cands[:min(len(cands), 1+r.IntN(3))] {
				p.deps = append(p.deps, pkgs[i-1-c])
			}
		}
		pkgs[i] = p
	}
	// Seeded bugs go to evenly spaced packages.
	bugsIn := make([]int, npkg)
	for b := range cfg.bugs {
		bugsIn[b*npkg/max(cfg.bugs, 1)%npkg]++
	}
	var manifest []string
	budget := cfg.lines
	for i, p := range pkgs {
		target := budget / (npkg - i)
		g := &pkgGen{cfg: cfg, r: r, pkg: p, target: target}
		files, bugLines, err := g.generate(bugsIn[i])
		if err != nil {
			return st, err
		}
		dir := filepath.Join(cfg.out, p.name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return st, err
		}
		for _, f := range files {
			if err := os.WriteFile(filepath.Join(dir, f.name), []byte(f.text), 0o644); err != nil {
				return st, err
			}
			n := strings.Count(f.text, "\n")
			st.lines += n
			budget -= n
			st.files++
		}
		st.funcs += g.funcs
		st.bugs += len(bugLines)
		for _, b := range bugLines {
			manifest = append(manifest, filepath.Join(p.name, b))
		}
		st.packages++
	}
	sort.Strings(manifest)
	text := "# Seeded aliasing bugs: file:line: check. Every other line of this module is meant to be quiet.\n"
	if len(manifest) > 0 {
		text += strings.Join(manifest, "\n") + "\n"
	}
	if err := os.WriteFile(filepath.Join(cfg.out, "BUGS.txt"), []byte(text), 0o644); err != nil {
		return st, err
	}
	return st, nil
}

// pkgInfo is what other packages know about a generated package: its
// standard API (see writeCore) is the same in every package, so callers only
// need its name.
type pkgInfo struct {
	name, path string
	deps       []*pkgInfo
}

type file struct {
	name, text string
}

// pkgGen writes one package.
type pkgGen struct {
	cfg    config
	r      *rand.Rand
	pkg    *pkgInfo
	target int
	funcs  int
	// Functions already written in this package, by kind, for later
	// functions to call.
	local map[fnKind][]string
	seq   int
}

type fnKind int

const (
	kindScalarNM fnKind = iota // func f(n, m int) float64
	kindScalarX                // func f(x *Array) float64
	kindMutator                // func f(x *Array, c float64)
	kindViewOf                 // func f(x *Array, i int) *Array, a view of x
	kindFresh                  // func f(n, m int) *Array, new memory
	kindGeneric                // func f[T Number](x *Array[T], c T) T
	kindMethod                 // func (s *State) f(k int) float64
	numKinds
)

func (g *pkgGen) generate(nbugs int) ([]file, []string, error) {
	g.local = map[fnKind][]string{}
	var files []file
	core := g.writeCore()
	files = append(files, file{"core.go", core})
	written := strings.Count(core, "\n")
	var bugLines []string
	for n := 1; written < g.target || nbugs > 0; n++ {
		fw := newFileWriter(g)
		want := linesPerFile/2 + g.r.IntN(linesPerFile)
		for fw.lines() < want && written+fw.lines() < g.target {
			fw.function(g.pickKind())
		}
		name := fmt.Sprintf("%s_%d.go", g.fileStem(), n)
		if nbugs > 0 {
			fw.bugFunction()
			nbugs--
		}
		text := fw.finish()
		for _, m := range fw.marks {
			bugLines = append(bugLines, fmt.Sprintf("%s:%d: %s", name, m.line, m.check))
		}
		files = append(files, file{name, text})
		written += strings.Count(text, "\n")
	}
	return files, bugLines, nil
}

var stems = []string{"filters", "update", "transform", "model", "metrics", "solver", "pipeline", "features", "window", "batch"}

func (g *pkgGen) fileStem() string { return stems[g.r.IntN(len(stems))] }

func (g *pkgGen) pickKind() fnKind {
	// Scalar functions with loops and views are the bulk of real code.
	weights := [numKinds]int{kindScalarNM: 30, kindScalarX: 25, kindMutator: 10, kindViewOf: 8, kindFresh: 10, kindGeneric: 7, kindMethod: 10}
	total := 0
	for _, w := range weights {
		total += w
	}
	x := g.r.IntN(total)
	for k, w := range weights {
		if x < w {
			return fnKind(k)
		}
		x -= w
	}
	return kindScalarNM
}

func (g *pkgGen) newName(prefix string) string {
	g.seq++
	return fmt.Sprintf("%s%d", prefix, g.seq)
}

// writeCore returns core.go: the package's State type and the helpers every
// package has, with implementations that vary between packages.
func (g *pkgGen) writeCore() string {
	r := g.r
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	p("// Package %s is synthetic array code written by scripts/gen-arraycode to", g.pkg.name)
	p("// measure and stress the viewcheck analyzer.")
	p("package %s", g.pkg.name)
	p("")
	p("import \"github.com/viewcheck/viewcheck/ndarray\"")
	p("")
	p("// State is a field of values with per-column weights and a history of")
	p("// snapshots (copies, so later steps do not change them).")
	p("type State struct {")
	p("\tData    *ndarray.Array[float64]")
	p("\tWeights *ndarray.Array[float64]")
	p("\thistory []*ndarray.Array[float64]")
	p("\tsteps   int")
	p("}")
	p("")
	p("// NewState returns a rows x cols state of zeros with unit weights.")
	p("func NewState(rows, cols int) *State {")
	if r.IntN(2) == 0 {
		p("\treturn &State{Data: ndarray.Zeros[float64](rows, cols), Weights: ndarray.Full(1.0, cols)}")
	} else {
		p("\ts := &State{Data: ndarray.Zeros[float64](rows, cols)}")
		p("\ts.Weights = ndarray.Full(1.0, cols)")
		p("\treturn s")
	}
	p("}")
	p("")
	p("// Push records a snapshot of the data.")
	p("func (s *State) Push() {")
	p("\ts.history = append(s.history, s.Data.Copy())")
	p("\ts.steps++")
	p("}")
	p("")
	p("// Last returns the latest snapshot, or nil before the first Push.")
	p("func (s *State) Last() *ndarray.Array[float64] {")
	p("\tif len(s.history) == 0 {")
	p("\t\treturn nil")
	p("\t}")
	p("\treturn s.history[len(s.history)-1]")
	p("}")
	p("")
	p("// Step blends every row with the weights, in place.")
	p("func (s *State) Step(rate float64) {")
	p("\trows := s.Data.Shape()[0]")
	p("\tfor i := 0; i < rows; i++ {")
	p("\t\trow := s.Data.Slice(ndarray.I(i), ndarray.All())")
	p("\t\tndarray.ScaleAssign(row, 1-rate)")
	if r.IntN(2) == 0 {
		p("\t\tndarray.AddAssign(row, ndarray.Mul(s.Weights, ndarray.Full(rate, s.Weights.Size())))")
	} else {
		p("\t\tw := s.Weights.Copy()")
		p("\t\tndarray.ScaleAssign(w, rate)")
		p("\t\tndarray.AddAssign(row, w)")
	}
	p("\t}")
	p("\ts.steps++")
	p("}")
	p("")
	p("// Mean returns the mean of the data.")
	p("func (s *State) Mean() float64 { return ndarray.Mean(s.Data) }")
	p("")
	p("// Drift returns how far the data moved since the latest snapshot.")
	p("func (s *State) Drift() float64 {")
	p("\tlast := s.Last()")
	p("\tif last == nil {")
	p("\t\treturn 0")
	p("\t}")
	p("\treturn ndarray.Sum(ndarray.Sub(s.Data, last))")
	p("}")
	p("")
	p("// Row returns row i of a, a view.")
	if r.IntN(2) == 0 {
		p("func Row(a *ndarray.Array[float64], i int) *ndarray.Array[float64] { return a.Slice(ndarray.I(i)) }")
	} else {
		p("func Row(a *ndarray.Array[float64], i int) *ndarray.Array[float64] {")
		p("\treturn a.Slice(ndarray.I(i), ndarray.All())")
		p("}")
	}
	p("")
	p("// Col returns column j of a, a view.")
	p("func Col(a *ndarray.Array[float64], j int) *ndarray.Array[float64] {")
	if r.IntN(2) == 0 {
		p("\treturn a.Slice(ndarray.All(), ndarray.I(j))")
	} else {
		p("\treturn a.Transpose().Slice(ndarray.I(j))")
	}
	p("}")
	p("")
	p("// Window returns rows lo to hi of a, a view.")
	p("func Window(a *ndarray.Array[float64], lo, hi int) *ndarray.Array[float64] {")
	if r.IntN(2) == 0 {
		p("\treturn a.Slice(ndarray.S(lo, hi))")
	} else {
		p("\tif hi <= lo {")
		p("\t\treturn a.Slice(ndarray.S(lo, lo))")
		p("\t}")
		p("\treturn a.Slice(ndarray.Step(lo, hi, 1), ndarray.All())")
	}
	p("}")
	p("")
	p("// Reversed returns a with its first axis reversed, a view.")
	p("func Reversed(a *ndarray.Array[float64]) *ndarray.Array[float64] {")
	p("\treturn a.Slice(ndarray.Step(ndarray.End, ndarray.End, -1))")
	p("}")
	p("")
	p("// Head returns the first n entries along the first axis, a view.")
	p("func Head[T ndarray.Number](a *ndarray.Array[T], n int) *ndarray.Array[T] {")
	p("\treturn a.Slice(ndarray.S(0, n))")
	p("}")
	p("")
	p("// Normalize scales every row of a to sum 1, in place.")
	p("func Normalize(a *ndarray.Array[float64]) {")
	p("\tfor i := 0; i < a.Shape()[0]; i++ {")
	if r.IntN(2) == 0 {
		p("\t\trow := a.Slice(ndarray.I(i))")
		p("\t\tif s := ndarray.Sum(row); s != 0 {")
		p("\t\t\tndarray.ScaleAssign(row, 1/s)")
		p("\t\t}")
	} else {
		p("\t\ts := ndarray.Sum(a.Slice(ndarray.I(i)))")
		p("\t\tif s == 0 {")
		p("\t\t\tcontinue")
		p("\t\t}")
		p("\t\tndarray.ScaleAssign(a.Slice(ndarray.I(i)), 1/s)")
	}
	p("\t}")
	p("}")
	p("")
	p("// Smooth returns a new array: each inner row averaged with its neighbours.")
	p("func Smooth(a *ndarray.Array[float64]) *ndarray.Array[float64] {")
	p("\tout := a.Copy()")
	p("\tif a.Shape()[0] < 3 {")
	p("\t\treturn out")
	p("\t}")
	p("\tndarray.AddAssign(out.Slice(ndarray.S(1, -1)), a.Slice(ndarray.S(0, -2)))")
	p("\tndarray.AddAssign(out.Slice(ndarray.S(1, -1)), a.Slice(ndarray.S(2, ndarray.End)))")
	p("\tndarray.ScaleAssign(out.Slice(ndarray.S(1, -1)), 1.0/3)")
	p("\treturn out")
	p("}")
	p("")
	p("// Energy returns the sum of squares of a.")
	p("func Energy(a *ndarray.Array[float64]) float64 { return ndarray.Sum(ndarray.Mul(a, a)) }")
	p("")
	p("// Scaled returns a new array: a times c.")
	p("func Scaled[T ndarray.Number](a *ndarray.Array[T], c T) *ndarray.Array[T] {")
	p("\tout := a.Copy()")
	p("\tndarray.ScaleAssign(out, c)")
	p("\treturn out")
	p("}")
	p("")
	p("// Total returns the sum of every element of a.")
	p("func Total[T ndarray.Number](a *ndarray.Array[T]) T { return ndarray.Sum(a) }")
	return b.String()
}

// fileWriter writes one file of functions and tracks the imports they use.
type fileWriter struct {
	g       *pkgGen
	b       strings.Builder
	imports map[string]bool // import paths used
	// marks are the seeded bugs, found by finish.
	marks       []bugMark
	pendingMark string
}

func (fw *fileWriter) takeMark() string {
	m := fw.pendingMark
	fw.pendingMark = ""
	return m
}

type bugMark struct {
	line  int
	check string
}

func newFileWriter(g *pkgGen) *fileWriter {
	return &fileWriter{g: g, imports: map[string]bool{"github.com/viewcheck/viewcheck/ndarray": true}}
}

func (fw *fileWriter) lines() int { return strings.Count(fw.b.String(), "\n") }

func (fw *fileWriter) finish() string {
	var h strings.Builder
	fmt.Fprintf(&h, "package %s\n\n", fw.g.pkg.name)
	body := fw.b.String()
	paths := make([]string, 0, len(fw.imports))
	for p := range fw.imports {
		// A block may pick a package's helper on a path that ends up not
		// calling it; Go rejects unused imports.
		if name := p[strings.LastIndex(p, "/")+1:]; name == "ndarray" || strings.Contains(body, name+".") {
			paths = append(paths, p)
		}
	}
	sort.Slice(paths, func(i, j int) bool {
		// Standard library first, as gofmt users group them.
		si, sj := !strings.Contains(paths[i], "."), !strings.Contains(paths[j], ".")
		if si != sj {
			return si
		}
		return paths[i] < paths[j]
	})
	h.WriteString("import (\n")
	std := true
	for _, p := range paths {
		if std && strings.Contains(p, ".") {
			std = false
			if p != paths[0] {
				h.WriteString("\n")
			}
		}
		fmt.Fprintf(&h, "\t%q\n", p)
	}
	h.WriteString(")\n")
	src := []byte(h.String() + body)
	formatted, err := format.Source(src)
	if err != nil {
		// A generator bug: show the source so that it can be fixed.
		panic(fmt.Sprintf("generated code does not parse: %v\n%s", err, src))
	}
	const tag = "// seeded bug: "
	for i, l := range strings.Split(string(formatted), "\n") {
		if j := strings.Index(l, tag); j >= 0 {
			fw.marks = append(fw.marks, bugMark{i + 1, l[j+len(tag):]})
		}
	}
	return string(formatted)
}

// dep picks a package this one imports, or "" when it has none, and records
// the import.
func (fw *fileWriter) dep() string {
	deps := fw.g.pkg.deps
	if len(deps) == 0 || fw.g.r.IntN(3) == 0 {
		return ""
	}
	d := deps[fw.g.r.IntN(len(deps))]
	fw.imports[d.path] = true
	return d.name + "."
}

// helper returns a package qualifier for a core helper: this package's
// (empty) or an imported one's.
func (fw *fileWriter) helper() string { return fw.dep() }

// ---- functions ----

// arrVar is an array variable in a function's top-level scope.
type arrVar struct {
	name    string
	ndim    int    // 1 (length cols) or 2 (rows x cols)
	base    string // for a view: the array it views ("" for owned memory)
	version int    // for a view: base's version when it was made
	owned   bool   // fresh memory this function may write
	param   bool
}

// fnWriter writes one function body.
type fnWriter struct {
	fw      *fileWriter
	r       *rand.Rand
	b       *strings.Builder
	depth   int
	arrays  []*arrVar
	version map[string]int // writes so far, per owned array
	rows    string
	cols    string
	loopVar int
}

func (fw *fileWriter) newFn() *fnWriter {
	return &fnWriter{fw: fw, r: fw.g.r, b: &fw.b, depth: 1, version: map[string]int{}}
}

func (f *fnWriter) p(format string, args ...any) {
	f.b.WriteString(strings.Repeat("\t", f.depth))
	fmt.Fprintf(f.b, format+"\n", args...)
}

func (f *fnWriter) name(prefix string) string { return f.fw.g.newName(prefix) }

var (
	verbs     = []string{"estimate", "filter", "measure", "update", "blend", "project", "score", "accumulate", "rescale", "detect", "integrate", "balance"}
	nouns     = []string{"Energy", "Peaks", "Drift", "Field", "Spectrum", "Trend", "Residual", "Gradient", "Weights", "Profile", "Noise", "Flux"}
	arrNames  = []string{"grid", "field", "buf", "img", "samples", "weights", "prices", "temps", "sig", "state", "frame", "rates", "mass", "hist", "kernel"}
	viewNames = []string{"row", "col", "win", "part", "band", "inner", "edge", "tail", "head", "block", "strip", "diag"}
)

func (g *pkgGen) funcName(exported bool) string {
	v := verbs[g.r.IntN(len(verbs))]
	n := nouns[g.r.IntN(len(nouns))]
	if exported {
		v = strings.ToUpper(v[:1]) + v[1:]
	}
	g.seq++
	return fmt.Sprintf("%s%s%d", v, n, g.seq)
}

func (fw *fileWriter) function(k fnKind) {
	g := fw.g
	g.funcs++
	exported := g.r.IntN(2) == 0
	name := g.funcName(exported)
	f := fw.newFn()
	b := &fw.b
	switch k {
	case kindScalarNM:
		fmt.Fprintf(b, "\n// %s computes a summary of an n x m field built from scratch.\n", name)
		fmt.Fprintf(b, "func %s(n, m int) float64 {\n", name)
		f.rows, f.cols = "n", "m"
		f.p("acc := 0.0")
		f.declareFresh(2)
		f.body(3 + f.r.IntN(5))
		f.consume()
		f.p("return acc")
	case kindScalarX, kindMethod:
		x := "x"
		if k == kindMethod {
			fmt.Fprintf(b, "\n// %s reads the state's data and returns a score; it changes only the state's own arrays.\n", name)
			fmt.Fprintf(b, "func (s *State) %s(k int) float64 {\n", name)
			x = "s.Data"
		} else {
			fmt.Fprintf(b, "\n// %s returns a score of x; x is not changed.\n", name)
			fmt.Fprintf(b, "func %s(x *ndarray.Array[float64]) float64 {\n", name)
		}
		f.p("sh := %s.Shape()", x)
		f.p("rows, cols := sh[0], sh[len(sh)-1]")
		f.rows, f.cols = "rows", "cols"
		f.p("acc := 0.0")
		f.arrays = append(f.arrays, &arrVar{name: x, ndim: 2, param: true})
		if k == kindMethod && f.r.IntN(2) == 0 {
			f.p("if k%%2 == 0 {")
			f.depth++
			f.p("s.Push()")
			f.p("s.Step(0.1)")
			f.p("acc += s.Drift()")
			f.depth--
			f.p("}")
		}
		if f.r.IntN(2) == 0 {
			w := f.name("work")
			f.p("%s := %s.Copy()", w, x)
			f.arrays = append(f.arrays, &arrVar{name: w, ndim: 2, owned: true})
		} else {
			f.declareFresh(2)
		}
		f.body(3 + f.r.IntN(5))
		f.consume()
		f.p("return acc / float64(rows*cols+1)")
	case kindMutator:
		fmt.Fprintf(b, "\n// %s updates x in place; it exists to change its argument.\n", name)
		fmt.Fprintf(b, "func %s(x *ndarray.Array[float64], c float64) {\n", name)
		f.mutatorBody()
	case kindViewOf:
		fmt.Fprintf(b, "\n// %s returns a view of x (writes through it change x).\n", name)
		fmt.Fprintf(b, "func %s(x *ndarray.Array[float64], i int) *ndarray.Array[float64] {\n", name)
		f.viewOfBody()
	case kindFresh:
		fmt.Fprintf(b, "\n// %s returns a new n x m array.\n", name)
		fmt.Fprintf(b, "func %s(n, m int) *ndarray.Array[float64] {\n", name)
		f.rows, f.cols = "n", "m"
		f.freshBody()
	case kindGeneric:
		fmt.Fprintf(b, "\n// %s returns a statistic of x for any numeric element type; x is not changed.\n", name)
		fmt.Fprintf(b, "func %s[T ndarray.Number](x *ndarray.Array[T], c T) T {\n", name)
		f.genericBody()
	}
	b.WriteString("}\n")
	g.local[k] = append(g.local[k], name)
}

// declareFresh declares a new array of ndim dimensions that the function
// owns.
func (f *fnWriter) declareFresh(ndim int) *arrVar {
	name := f.name(arrNames[f.r.IntN(len(arrNames))])
	R, C := f.rows, f.cols
	var expr string
	if ndim == 1 {
		switch f.r.IntN(5) {
		case 0:
			expr = fmt.Sprintf("ndarray.Arange[float64](%s)", C)
		case 1:
			expr = fmt.Sprintf("ndarray.Zeros[float64](%s)", C)
		case 2:
			expr = fmt.Sprintf("ndarray.Full(%s, %s)", f.floatLit(), C)
		case 3:
			if src := f.readable(2); src != nil {
				expr = fmt.Sprintf("%s.Slice(ndarray.I(0)).Copy()", src.name)
			} else {
				expr = fmt.Sprintf("ndarray.Arange[float64](%s)", C)
			}
		default:
			vals := make([]string, 0, 4)
			for range 4 {
				vals = append(vals, f.floatLit())
			}
			f.p("vals%d := make([]float64, %s)", f.fw.g.seq, C)
			f.p("for i := range vals%d {", f.fw.g.seq)
			f.p("\tvals%d[i] = float64(i%%4) * %s", f.fw.g.seq, vals[0])
			f.p("}")
			expr = fmt.Sprintf("ndarray.FromSlice(vals%d)", f.fw.g.seq)
		}
	} else {
		switch f.r.IntN(8) {
		case 0:
			expr = fmt.Sprintf("ndarray.Zeros[float64](%s, %s)", R, C)
		case 1:
			expr = fmt.Sprintf("ndarray.Arange[float64](%s * %s).Reshape(%s, %s)", R, C, R, C)
		case 2:
			expr = fmt.Sprintf("ndarray.Full(%s, %s, %s)", f.floatLit(), R, C)
		case 3:
			if src := f.readable(2); src != nil {
				expr = src.name + ".Copy()"
			} else {
				expr = fmt.Sprintf("ndarray.Arange[float64](%s * %s).Reshape(%s, -1)", R, C, R)
			}
		case 4:
			a, b := f.readable(2), f.readable(2)
			if a != nil && b != nil {
				op := []string{"Add", "Sub", "Mul"}[f.r.IntN(3)]
				expr = fmt.Sprintf("ndarray.%s(%s, %s)", op, a.name, b.name)
			} else {
				expr = fmt.Sprintf("ndarray.Zeros[float64](%s, %s)", R, C)
			}
		case 5:
			d := f.fw.helper()
			if src := f.readable(2); src != nil {
				expr = fmt.Sprintf("%sSmooth(%s)", d, src.name)
			} else {
				expr = fmt.Sprintf("%sNewState(%s, %s).Data", d, R, C)
			}
		case 6:
			if fresh := f.fw.g.local[kindFresh]; len(fresh) > 0 {
				expr = fmt.Sprintf("%s(%s, %s)", fresh[f.r.IntN(len(fresh))], R, C)
			} else {
				expr = fmt.Sprintf("ndarray.Full(%s, %s, %s)", f.floatLit(), R, C)
			}
		default:
			expr = fmt.Sprintf("ndarray.Arange[float64](%s * %s).Reshape(-1, %s).Copy()", R, C, C)
		}
	}
	f.p("%s := %s", name, expr)
	v := &arrVar{name: name, ndim: ndim, owned: true}
	f.arrays = append(f.arrays, v)
	return v
}

func (f *fnWriter) floatLit() string {
	return fmt.Sprintf("%d.%d", f.r.IntN(4), 1+f.r.IntN(9))
}

// readable returns a random array that may be read now: owned memory, a
// parameter, or a view whose base has not been written since it was made.
func (f *fnWriter) readable(ndim int) *arrVar {
	var c []*arrVar
	for _, a := range f.arrays {
		if (ndim == 0 || a.ndim == ndim) && f.fresh(a) {
			c = append(c, a)
		}
	}
	if len(c) == 0 {
		return nil
	}
	return c[f.r.IntN(len(c))]
}

func (f *fnWriter) fresh(a *arrVar) bool {
	return a.base == "" || f.version[a.base] == a.version
}

// writable returns a random owned array (not a view, not a parameter).
func (f *fnWriter) writable(ndim int) *arrVar {
	var c []*arrVar
	for _, a := range f.arrays {
		if a.owned && (ndim == 0 || a.ndim == ndim) {
			c = append(c, a)
		}
	}
	if len(c) == 0 {
		return nil
	}
	return c[f.r.IntN(len(c))]
}

// wrote records a write to owned array a: named views of it must not be
// read afterwards (that would be a stale view).
func (f *fnWriter) wrote(a *arrVar) { f.version[a.name]++ }

func (f *fnWriter) body(blocks int) {
	for range blocks {
		f.block()
	}
}

// sliceExpr returns an index expression for a 2-D array's rows.
func (f *fnWriter) rowRange() string {
	switch f.r.IntN(6) {
	case 0:
		return "ndarray.S(1, ndarray.End)"
	case 1:
		return "ndarray.S(0, -1)"
	case 2:
		return "ndarray.Step(ndarray.End, ndarray.End, -1)"
	case 3:
		return "ndarray.Step(0, ndarray.End, 2)"
	case 4:
		return fmt.Sprintf("ndarray.S(0, %s/2)", f.rows)
	default:
		return "ndarray.All()"
	}
}

func (f *fnWriter) colRange() string {
	switch f.r.IntN(5) {
	case 0:
		return "ndarray.S(1, ndarray.End)"
	case 1:
		return "ndarray.Step(1, ndarray.End, 2)"
	case 2:
		return "ndarray.Step(ndarray.End, ndarray.End, -2)"
	case 3:
		return fmt.Sprintf("ndarray.S(0, %s-1)", f.cols)
	default:
		return "ndarray.All()"
	}
}

// block writes one statement group at the function's top level.
func (f *fnWriter) block() {
	switch f.r.IntN(17) {
	case 0, 1:
		f.declareFresh(1 + f.r.IntN(2))
	case 2, 3:
		f.namedViewRead()
	case 4:
		f.unnamedWrite()
	case 5, 6:
		f.rowLoop()
	case 7:
		f.snapshot()
	case 8:
		if f.fw.g.cfg.fancy {
			f.fancy()
		} else {
			f.unnamedWrite()
		}
	case 9:
		f.overlap()
	case 10:
		f.reshapeRead()
	case 11:
		f.stateUse()
	case 12:
		f.control()
	case 13:
		f.collection()
	case 14:
		f.intCounts()
	case 15:
		f.closure()
	default:
		f.callLocal()
	}
}

// namedViewRead makes a named view and reads it while its base is
// unchanged.
func (f *fnWriter) namedViewRead() {
	src := f.readable(2)
	if src == nil {
		f.declareFresh(2)
		return
	}
	name := f.name(viewNames[f.r.IntN(len(viewNames))])
	var expr string
	ndim := 2
	d := f.fw.helper()
	switch f.r.IntN(7) {
	case 0:
		expr, ndim = fmt.Sprintf("%sRow(%s, %d)", d, src.name, f.r.IntN(2)), 1
	case 1:
		expr, ndim = fmt.Sprintf("%sCol(%s, 0)", d, src.name), 1
	case 2:
		expr = fmt.Sprintf("%sWindow(%s, 1, %s-1)", d, src.name, f.rows)
	case 3:
		expr = fmt.Sprintf("%sReversed(%s)", d, src.name)
	case 4:
		expr = fmt.Sprintf("%s.Transpose()", src.name)
	case 5:
		expr = fmt.Sprintf("%sHead(%s, 2)", d, src.name)
	default:
		expr = fmt.Sprintf("%s.Slice(%s, %s)", src.name, f.rowRange(), f.colRange())
	}
	f.p("%s := %s", name, expr)
	base := src.name
	if src.base != "" {
		base = src.base
	}
	v := &arrVar{name: name, ndim: ndim, base: base, version: f.version[base]}
	if src.param {
		v.base = "" // a view of a parameter: never written here
	}
	f.arrays = append(f.arrays, v)
	switch f.r.IntN(4) {
	case 0:
		f.p("acc += ndarray.Sum(%s)", name)
	case 1:
		f.p("acc += %sEnergy(%s)", f.fw.helper(), name)
	case 2:
		f.p("acc += ndarray.Max(%s) - ndarray.Min(%s)", name, name)
	default:
		f.p("acc += ndarray.Mean(%s)", name)
	}
}

// unnamedWrite writes through a view that is not kept.
func (f *fnWriter) unnamedWrite() {
	a := f.writable(2)
	if a == nil {
		a = f.declareFresh(2)
	}
	switch f.r.IntN(5) {
	case 0:
		f.p("%s.Slice(ndarray.S(0, 1)).Fill(0)", a.name)
	case 1:
		f.p("ndarray.ScaleAssign(%s.Slice(ndarray.All(), ndarray.I(0)), %s)", a.name, f.floatLit())
	case 2:
		if v := f.readable(1); v != nil {
			f.p("ndarray.AddAssign(%s.Slice(ndarray.I(0)), %s)", a.name, v.name)
		} else {
			f.p("ndarray.AddAssign(%s.Slice(ndarray.I(0)), ndarray.Full(1.0, %s))", a.name, f.cols)
		}
	case 3:
		f.p("%sNormalize(%s.Slice(%s))", f.fw.helper(), a.name, f.rowRange())
	default:
		f.p("%s.Slice(%s, %s).Fill(%s)", a.name, f.rowRange(), f.colRange(), f.floatLit())
	}
	f.wrote(a)
}

// rowLoop updates rows in place through per-iteration windows.
func (f *fnWriter) rowLoop() {
	a := f.writable(2)
	if a == nil {
		a = f.declareFresh(2)
	}
	i := f.loopIndex()
	f.p("for %s := 0; %s < %s; %s++ {", i, i, f.rows, i)
	f.depth++
	row := f.name("row")
	if f.r.IntN(3) == 0 {
		f.p("%s := %sRow(%s, %s)", row, f.fw.helper(), a.name, i)
	} else {
		f.p("%s := %s.Slice(ndarray.I(%s), ndarray.All())", row, a.name, i)
	}
	switch f.r.IntN(4) {
	case 0:
		f.p("if s := ndarray.Sum(%s); s != 0 {", row)
		f.p("\tndarray.ScaleAssign(%s, 1/s)", row)
		f.p("}")
	case 1:
		f.p("ndarray.ScaleAssign(%s, float64(%s+1))", row, i)
		f.p("acc += ndarray.Mean(%s)", row)
	case 2:
		if v := f.readable(1); v != nil && v.name != row {
			f.p("ndarray.AddAssign(%s, %s)", row, v.name)
		} else {
			f.p("ndarray.AddAssign(%s, ndarray.Arange[float64](%s))", row, f.cols)
		}
		f.p("acc += ndarray.Max(%s)", row)
	default:
		f.p("if %s%%2 == 1 {", i)
		f.p("\t%s.Fill(acc)", row)
		f.p("\tcontinue")
		f.p("}")
		f.p("acc += ndarray.Sum(%s)", row)
	}
	f.depth--
	f.p("}")
	f.wrote(a)
}

func (f *fnWriter) loopIndex() string {
	f.loopVar++
	return []string{"i", "j", "r", "t"}[f.loopVar%4]
}

// snapshot copies an array, changes the original, and compares.
func (f *fnWriter) snapshot() {
	a := f.writable(2)
	if a == nil {
		a = f.declareFresh(2)
	}
	prev := f.name([]string{"prev", "before", "backup", "saved"}[f.r.IntN(4)])
	f.p("%s := %s.Copy()", prev, a.name)
	switch f.r.IntN(3) {
	case 0:
		f.p("ndarray.ScaleAssign(%s, %s)", a.name, f.floatLit())
	case 1:
		f.p("%sNormalize(%s)", f.fw.helper(), a.name)
	default:
		f.p("ndarray.AddAssign(%s, %s.Transpose().Transpose())", a.name, prev)
	}
	f.wrote(a)
	f.p("acc += ndarray.Sum(ndarray.Sub(%s, %s))", a.name, prev)
	f.arrays = append(f.arrays, &arrVar{name: prev, ndim: 2, owned: true})
}

// fancy selects with Take or Mask, changes the copy and writes it back.
func (f *fnWriter) fancy() {
	a := f.writable(2)
	if a == nil {
		a = f.declareFresh(2)
	}
	switch f.r.IntN(4) {
	case 0:
		idx, sel := f.name("idx"), f.name("sel")
		f.p("%s := []int{0, %s - 1}", idx, f.rows)
		f.p("%s := %s.Take(%s, 0)", sel, a.name, idx)
		f.p("ndarray.ScaleAssign(%s, %s)", sel, f.floatLit())
		f.p("%s.Put(%s, 0, %s)", a.name, idx, sel)
		f.wrote(a)
	case 1:
		mask, vals := f.name("mask"), f.name("vals")
		f.p("%s := ndarray.Greater(%s, ndarray.Full(%s, %s, %s))", mask, a.name, f.floatLit(), f.rows, f.cols)
		f.p("%s := %s.Mask(%s)", vals, a.name, mask)
		f.p("acc += ndarray.Sum(%s)", vals)
		f.p("ndarray.ScaleAssign(%s, 0.5)", vals)
		f.p("%s.PutMask(%s, %s)", a.name, mask, vals)
		f.wrote(a)
	case 2:
		f.p("acc += ndarray.Sum(%s.Take([]int{0, 1}, 1))", a.name)
	default:
		picked := f.name("picked")
		f.p("%s := %s.Take([]int{%d, %d}, 0)", picked, a.name, f.r.IntN(2), 1+f.r.IntN(3))
		f.p("ndarray.AddAssign(%s, ndarray.Full(1.0, 2, %s))", picked, f.cols)
		f.p("acc += ndarray.Mean(%s)", picked)
		f.arrays = append(f.arrays, &arrVar{name: picked, ndim: 2, owned: true})
	}
}

// overlap performs in-place updates whose operands overlap the destination;
// the library makes them correct.
func (f *fnWriter) overlap() {
	a := f.writable(2)
	if a == nil {
		a = f.declareFresh(2)
	}
	switch f.r.IntN(3) {
	case 0:
		f.p("%s.Slice(ndarray.S(1, ndarray.End)).Assign(%s.Slice(ndarray.S(0, -1)))", a.name, a.name)
	case 1:
		f.p("ndarray.AddAssign(%s.Slice(ndarray.S(1, ndarray.End)), %s.Slice(ndarray.S(0, -1)))", a.name, a.name)
	default:
		sq := f.name("sq")
		f.p("%s := ndarray.Arange[float64](%s * %s).Reshape(%s, %s)", sq, f.cols, f.cols, f.cols, f.cols)
		f.p("ndarray.AddAssign(%s, %s.Transpose())", sq, sq)
		f.p("acc += ndarray.Sum(ndarray.MatMul(%s, %s))", a.name, sq)
		f.arrays = append(f.arrays, &arrVar{name: sq, ndim: 2, owned: true})
		return
	}
	f.wrote(a)
}

// reshapeRead reads through reshapes and ravels, and builds arrays by
// reshaping temporaries.
func (f *fnWriter) reshapeRead() {
	a := f.readable(2)
	if a == nil {
		a = f.declareFresh(2)
	}
	switch f.r.IntN(4) {
	case 0:
		f.p("acc += ndarray.Sum(%s.Reshape(-1))", a.name)
	case 1:
		f.p("acc += ndarray.Max(%s.Transpose().Ravel())", a.name)
	case 2:
		flat := f.name("flat")
		f.p("%s := %s.Flatten()", flat, a.name)
		f.p("%s.Set(0, 0)", flat)
		f.p("acc += ndarray.Sum(%s)", flat)
	default:
		t := f.name("tmp")
		f.p("%s := ndarray.Arange[float64](2 * %s).Reshape(2, %s)", t, f.cols, f.cols)
		f.p("ndarray.ScaleAssign(%s, %s)", t, f.floatLit())
		f.p("acc += ndarray.Sum(%s)", t)
		f.arrays = append(f.arrays, &arrVar{name: t, ndim: 2, owned: true})
	}
}

// stateUse builds a State (from this or another package) and drives it.
func (f *fnWriter) stateUse() {
	d := f.fw.helper()
	st := f.name("st")
	f.p("%s := %sNewState(%s, %s)", st, d, f.rows, f.cols)
	if a := f.readable(2); a != nil {
		f.p("%s.Data.Assign(%s)", st, a.name)
	}
	f.p("%s.Push()", st)
	f.p("for step := 0; step < 3; step++ {")
	f.p("\t%s.Step(%s)", st, f.floatLit())
	f.p("}")
	f.p("acc += %s.Mean() + %s.Drift()", st, st)
	if f.r.IntN(2) == 0 {
		f.p("if last := %s.Last(); last != nil {", st)
		f.p("\tacc += ndarray.Sum(last)")
		f.p("}")
	}
}

// control wraps temporaries in branches.
func (f *fnWriter) control() {
	a := f.readable(2)
	if a == nil {
		a = f.declareFresh(2)
	}
	switch f.r.IntN(2) {
	case 0:
		f.p("if acc > %s {", f.floatLit())
		f.p("\tacc -= ndarray.Sum(%s.Slice(%s))", a.name, f.rowRange())
		f.p("} else {")
		f.p("\tt := %s.Copy()", a.name)
		f.p("\tndarray.ScaleAssign(t, -1)")
		f.p("\tacc += ndarray.Mean(t)")
		f.p("}")
	default:
		f.p("switch int(acc) %% 3 {")
		f.p("case 0:")
		f.p("\tacc += ndarray.Sum(%s.Slice(ndarray.All(), %s))", a.name, f.colRange())
		f.p("case 1:")
		f.p("\tacc *= 0.5")
		f.p("default:")
		f.p("\tacc += %sEnergy(%sReversed(%s))", f.fw.helper(), f.fw.helper(), a.name)
		f.p("}")
	}
}

// collection keeps copies of rows in a map or slice.
func (f *fnWriter) collection() {
	a := f.readable(2)
	if a == nil {
		a = f.declareFresh(2)
	}
	if f.r.IntN(2) == 0 {
		m := f.name("byRow")
		f.p("%s := map[int]*ndarray.Array[float64]{}", m)
		f.p("for i := 0; i < 3 && i < %s; i++ {", f.rows)
		f.p("\t%s[i] = %s.Slice(ndarray.I(i)).Copy()", m, a.name)
		f.p("}")
		f.p("for i := 0; i < len(%s); i++ {", m)
		f.p("\tacc += ndarray.Sum(%s[i])", m)
		f.p("}")
	} else {
		parts := f.name("parts")
		f.p("%s := []*ndarray.Array[float64]{%s.Slice(ndarray.S(0, 1)).Copy(), %s.Copy()}", parts, a.name, a.name)
		f.p("for _, p := range %s {", parts)
		f.p("\tacc += ndarray.Mean(p)")
		f.p("}")
	}
}

// intCounts uses an int64 array alongside the float64 ones.
func (f *fnWriter) intCounts() {
	c := f.name("counts")
	f.p("%s := ndarray.Zeros[int64](%s)", c, f.cols)
	f.p("ndarray.AddAssign(%s, ndarray.Arange[int64](%s))", c, f.cols)
	f.p("ndarray.AddAssign(%s.Slice(ndarray.Step(0, ndarray.End, 2)), ndarray.Full[int64](1, (%s+1)/2))", c, f.cols)
	f.p("acc += float64(%sTotal(%s))", f.fw.helper(), c)
}

// closure applies a local function literal to unnamed views.
func (f *fnWriter) closure() {
	a := f.writable(2)
	if a == nil {
		a = f.declareFresh(2)
	}
	fn := f.name("scale")
	f.p("%s := func(v *ndarray.Array[float64], c float64) {", fn)
	f.p("\tndarray.ScaleAssign(v, c)")
	f.p("}")
	f.p("for i := 0; i < %s; i += 2 {", f.rows)
	f.p("\t%s(%s.Slice(ndarray.I(i)), float64(i))", fn, a.name)
	f.p("}")
	f.wrote(a)
	f.p("acc += ndarray.Sum(%s)", a.name)
}

// callLocal calls a function written earlier in this package.
func (f *fnWriter) callLocal() {
	g := f.fw.g
	switch f.r.IntN(4) {
	case 0:
		if fs := g.local[kindScalarX]; len(fs) > 0 {
			if a := f.readable(2); a != nil {
				f.p("acc += %s(%s)", fs[f.r.IntN(len(fs))], a.name)
				return
			}
		}
	case 1:
		if fs := g.local[kindMutator]; len(fs) > 0 {
			if a := f.writable(2); a != nil {
				f.p("%s(%s, %s)", fs[f.r.IntN(len(fs))], a.name, f.floatLit())
				f.wrote(a)
				return
			}
		}
	case 2:
		if fs := g.local[kindViewOf]; len(fs) > 0 {
			if a := f.readable(2); a != nil {
				f.p("acc += ndarray.Sum(%s(%s, 0))", fs[f.r.IntN(len(fs))], a.name)
				return
			}
		}
	default:
		if fs := g.local[kindGeneric]; len(fs) > 0 {
			if a := f.readable(2); a != nil {
				f.p("acc += %s(%s, %s)", fs[f.r.IntN(len(fs))], a.name, f.floatLit())
				return
			}
		}
	}
	if fs := g.local[kindScalarNM]; len(fs) > 0 {
		f.p("acc += %s(%s, %s)", fs[f.r.IntN(len(fs))], f.rows, f.cols)
		return
	}
	f.namedViewRead()
}

// consume reads every array variable once more, so that none is unused
// (which Go rejects) and the function's result depends on them all.
func (f *fnWriter) consume() {
	for _, a := range f.arrays {
		if a.param || !f.fresh(a) {
			continue
		}
		f.p("acc += ndarray.Sum(%s)", a.name)
	}
}

func (f *fnWriter) mutatorBody() {
	r := f.r
	switch r.IntN(4) {
	case 0:
		f.p("rows := x.Shape()[0]")
		f.p("for i := 0; i < rows; i++ {")
		f.p("\tndarray.ScaleAssign(x.Slice(ndarray.I(i)), c*float64(i+1))")
		f.p("}")
	case 1:
		f.p("if x.Shape()[0] > 1 {")
		f.p("\tndarray.AddAssign(x.Slice(ndarray.S(1, ndarray.End)), x.Slice(ndarray.S(0, -1)))")
		f.p("}")
		f.p("ndarray.ScaleAssign(x, c)")
	case 2:
		f.p("%sNormalize(x)", f.fw.helper())
		f.p("x.Slice(ndarray.All(), ndarray.S(0, 1)).Fill(c)")
	default:
		f.p("for i := 0; i < x.Shape()[0]; i++ {")
		f.p("\trow := x.Slice(ndarray.I(i))")
		f.p("\tif m := ndarray.Max(row); m > c {")
		f.p("\t\tndarray.ScaleAssign(row, c/m)")
		f.p("\t}")
		f.p("}")
	}
}

func (f *fnWriter) viewOfBody() {
	d := f.fw.helper()
	switch f.r.IntN(5) {
	case 0:
		f.p("return %sRow(x, i)", d)
	case 1:
		f.p("if i < 0 {")
		f.p("\treturn %sReversed(x)", d)
		f.p("}")
		f.p("return x.Slice(ndarray.S(i, ndarray.End))")
	case 2:
		f.p("return x.Transpose().Slice(ndarray.Step(i, ndarray.End, 2))")
	case 3:
		f.p("w := %sWindow(x, i, i+2)", d)
		f.p("return w.Slice(ndarray.All(), ndarray.Step(ndarray.End, ndarray.End, -1))")
	default:
		f.p("return %sHead(x.Slice(ndarray.NewAxis()), 1).Slice(ndarray.I(0))", d)
	}
}

func (f *fnWriter) freshBody() {
	a := f.declareFresh(2)
	switch f.r.IntN(4) {
	case 0:
		f.p("for i := 0; i < n; i++ {")
		f.p("\tndarray.ScaleAssign(%s.Slice(ndarray.I(i)), float64(i))", a.name)
		f.p("}")
	case 1:
		f.p("%s.Slice(ndarray.S(0, 1)).Fill(1)", a.name)
	case 2:
		f.p("ndarray.AddAssign(%s, ndarray.Arange[float64](m))", a.name)
	default:
		f.p("%s = %sScaled(%s, 2.0)", a.name, f.fw.helper(), a.name)
	}
	f.p("return %s", a.name)
}

func (f *fnWriter) genericBody() {
	switch f.r.IntN(4) {
	case 0:
		f.p("y := x.Copy()")
		f.p("ndarray.ScaleAssign(y, c)")
		f.p("return ndarray.Sum(y)")
	case 1:
		f.p("var total T")
		f.p("for i := 0; i < x.Shape()[0]; i++ {")
		f.p("\ttotal += ndarray.Sum(x.Slice(ndarray.I(i)))")
		f.p("}")
		f.p("return total * c")
	case 2:
		f.p("h := %sHead(x, 2)", f.fw.helper())
		f.p("return %sTotal(h) + c", f.fw.helper())
	default:
		f.p("z := ndarray.Zeros[T](x.Shape()...)")
		f.p("z.Assign(x)")
		f.p("ndarray.AddAssign(z, x)")
		f.p("return ndarray.Sum(z.Transpose()) - c")
	}
}

// bugFunction writes a function with one known aliasing bug and records
// the line the bug is about.
func (fw *fileWriter) bugFunction() {
	g := fw.g
	g.funcs++
	name := g.funcName(false)
	b := &fw.b
	// The line the bug is about carries a comment, so that the manifest can
	// be made from the formatted file.
	mark := func(check string) { fw.pendingMark = " // seeded bug: " + check }
	kind := g.r.IntN(4)
	if !g.cfg.fancy && kind == 2 {
		kind = 0
	}
	checks := []string{"view write", "stale view", "lost write", "read-only write"}
	fmt.Fprintf(b, "\n// %s has a seeded aliasing bug (%s).\n", name, checks[kind])
	fmt.Fprintf(b, "func %s(n int) float64 {\n", name)
	switch kind {
	case 0:
		b.WriteString("\tdata := ndarray.Arange[float64](n)\n")
		b.WriteString("\thead := data.Slice(ndarray.S(0, 2))\n")
		mark(checks[kind])
		b.WriteString("\thead.Fill(0)" + fw.takeMark() + "\n")
		b.WriteString("\treturn ndarray.Sum(head) + ndarray.Sum(data)\n")
	case 1:
		b.WriteString("\tstate := ndarray.Zeros[float64](n)\n")
		b.WriteString("\tbackup := state.Slice(ndarray.All())\n")
		mark(checks[kind])
		b.WriteString("\tndarray.AddAssign(state, ndarray.Full(1.0, n))" + fw.takeMark() + "\n")
		b.WriteString("\treturn ndarray.Sum(ndarray.Sub(state, backup))\n")
	case 2:
		b.WriteString("\ta := ndarray.Arange[float64](n)\n")
		b.WriteString("\tsel := a.Take([]int{0, 1}, 0)\n")
		mark(checks[kind])
		b.WriteString("\tsel.Fill(0)" + fw.takeMark() + "\n")
		b.WriteString("\treturn ndarray.Sum(a)\n")
	default:
		b.WriteString("\ta := ndarray.Arange[float64](n)\n")
		b.WriteString("\twide := a.BroadcastTo(3, n)\n")
		mark(checks[kind])
		b.WriteString("\twide.Set(1, 0, 0)" + fw.takeMark() + "\n")
		b.WriteString("\treturn ndarray.Sum(wide)\n")
	}
	b.WriteString("}\n")
}
