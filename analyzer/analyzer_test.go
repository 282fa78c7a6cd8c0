package analyzer_test

import (
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/viewcheck/viewcheck/analyzer"
)

// The analysistest packages live in ../testdata, a module of its own
// (viewcheck.test) that requires this module through a replace directive,
// so that every test program imports the real ndarray and its directives.
// analysistest loads a directory with a go.mod in module mode, with
// GOPROXY=off: the module needs nothing outside this repository.
const testModule = "viewcheck.test"

func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		t.Fatalf("testdata module: %v", err)
	}
	return dir
}

// The corpus is laid out by what it tests (../testdata/README.md):
//
//	vc1001-view-write/bug/<program>     a check directory, named by the check's
//	vc1001-view-write/quiet/<program>   ID and name: its bugs and their quiet look-alikes
//	crosspkg/<program>                  a topic directory: programs about something
//	robustness/<program>                other than one check (facts, language features,
//	suppress/<program>                  suppressions), with a README.md saying what
//
// A program is the directory directly under bug/ or quiet/, or directly
// under a topic directory, with every package below it (a helper package
// only it imports). Nothing lists the directories: the tests below find
// them on disk, so a new directory is analysed, checked and indexed
// without a change here, and TestLayout says what a new one lacks.

// checkDir is the directory of a check: its ID and name in lower case.
func checkDir(c *analyzer.Check) string { return strings.ToLower(c.ID) + "-" + c.Name }

// checkDirLike matches the names of check directories.
var checkDirLike = regexp.MustCompile(`^vc[0-9]{4}-`)

// checkOf returns the check whose directory top is, or nil.
func checkOf(top string) *analyzer.Check {
	for _, c := range analyzer.Checks {
		if checkDir(c) == top {
			return c
		}
	}
	return nil
}

// programOf returns the program a slash-separated path below testdata (a
// package directory, or a file in one) belongs to, or "" if the path is
// not inside a program.
func programOf(rel string) string {
	parts := strings.Split(rel, "/")
	n := 2
	if len(parts) >= 2 && (parts[1] == "bug" || parts[1] == "quiet") {
		n = 3
	}
	if len(parts) < n || strings.Contains(parts[n-1], ".") {
		return ""
	}
	return strings.Join(parts[:n], "/")
}

// A corpusPkg is a package of the corpus as its files say (not analysed).
type corpusPkg struct {
	rel    string   // directory below testdata: "vc1001-view-write/bug/tutorial"
	name   string   // package clause
	files  []string // .go files, absolute and sorted
	doc    string   // text of the package's doc comment (the first file with one)
	wants  int      // "// want" comments
	ids    []string // check IDs the want comments name, sorted
	round  string   // review round, from a "Review: <round>" line of the doc comment
	golden bool     // some file has a .golden file
}

// A corpusProgram is a program: its own package (if any) and those below it.
type corpusProgram struct {
	rel  string // "vc1001-view-write/bug/tutorial", "crosspkg/views"
	top  string // "vc1001-view-write"
	kind string // "bug", "quiet", or "" directly under a topic directory
	pkgs []*corpusPkg
}

// main returns the program's own package, or nil.
func (p *corpusProgram) main() *corpusPkg {
	if len(p.pkgs) > 0 && p.pkgs[0].rel == p.rel {
		return p.pkgs[0]
	}
	return nil
}

// wants returns the program's number of want comments and the check IDs
// they name.
func (p *corpusProgram) wants() (int, []string) {
	n, ids := 0, []string{}
	for _, pkg := range p.pkgs {
		n += pkg.wants
		for _, id := range pkg.ids {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	sort.Strings(ids)
	return n, ids
}

// round returns the review round that wrote the program, or "".
func (p *corpusProgram) round() string {
	if m := p.main(); m != nil {
		return m.round
	}
	return ""
}

type corpusLayout struct {
	dir      string
	tops     []string                  // top-level directories, sorted
	pkgs     map[string]*corpusPkg     // by rel
	programs map[string]*corpusProgram // by rel
	loose    []string                  // .go files outside any program
	others   []string                  // files that are neither Go, golden, Markdown nor go.mod
}

// sortedPrograms returns the programs of top, sorted.
func (l *corpusLayout) sortedPrograms(top string) []*corpusProgram {
	var ps []*corpusProgram
	for _, p := range l.programs {
		if p.top == top {
			ps = append(ps, p)
		}
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].rel < ps[j].rel })
	return ps
}

var (
	scanOnce   sync.Once
	scanned    *corpusLayout
	scanErr    error
	wantIDs    = regexp.MustCompile(`VC[0-9]{4}`)
	reviewLine = regexp.MustCompile(`(?m)^Review: (\S+)\s*$`)
)

// scanCorpus reads the corpus's directories and files (once).
func scanCorpus(t *testing.T) *corpusLayout {
	t.Helper()
	dir := testdata(t)
	scanOnce.Do(func() { scanned, scanErr = readCorpus(dir) })
	if scanErr != nil {
		t.Fatal(scanErr)
	}
	return scanned
}

func readCorpus(dir string) (*corpusLayout, error) {
	l := &corpusLayout{dir: dir, pkgs: map[string]*corpusPkg{}, programs: map[string]*corpusProgram{}}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		if e.IsDir() {
			l.tops = append(l.tops, e.Name())
		}
	}
	fset := token.NewFileSet()
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		switch {
		case strings.HasSuffix(rel, ".go"):
		case strings.HasSuffix(rel, ".go.golden"), strings.HasSuffix(rel, ".md"),
			rel == "go.mod", rel == "go.sum", rel == "viewcheck.contracts": // the module's own files
			return nil
		default:
			l.others = append(l.others, rel)
			return nil
		}
		pkgRel := filepath.ToSlash(filepath.Dir(rel))
		prog := programOf(pkgRel)
		if prog == "" {
			l.loose = append(l.loose, rel)
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		pkg := l.pkgs[pkgRel]
		if pkg == nil {
			pkg = &corpusPkg{rel: pkgRel, name: f.Name.Name}
			l.pkgs[pkgRel] = pkg
			p := l.programs[prog]
			if p == nil {
				top, rest, _ := strings.Cut(prog, "/")
				kind, _, nested := strings.Cut(rest, "/")
				if !nested {
					kind = ""
				}
				p = &corpusProgram{rel: prog, top: top, kind: kind}
				l.programs[prog] = p
			}
			p.pkgs = append(p.pkgs, pkg)
		}
		pkg.files = append(pkg.files, path)
		if pkg.doc == "" && f.Doc != nil {
			pkg.doc = f.Doc.Text()
			if m := reviewLine.FindStringSubmatch(pkg.doc); m != nil {
				pkg.round = m[1]
			}
		}
		for _, g := range f.Comments {
			for _, c := range g.List {
				if isWant(c) {
					pkg.wants++
					for _, id := range wantIDs.FindAllString(c.Text, -1) {
						if !slices.Contains(pkg.ids, id) {
							pkg.ids = append(pkg.ids, id)
						}
					}
				}
			}
		}
		if _, err := os.Stat(path + ".golden"); err == nil {
			pkg.golden = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, pkg := range l.pkgs {
		sort.Strings(pkg.ids)
	}
	for _, p := range l.programs {
		sort.Slice(p.pkgs, func(i, j int) bool { return p.pkgs[i].rel < p.pkgs[j].rel })
	}
	return l, nil
}

// isWant reports whether c is an analysistest expectation.
func isWant(c *ast.Comment) bool {
	text, ok := strings.CutPrefix(c.Text, "//")
	return ok && strings.HasPrefix(strings.TrimSpace(text), "want ")
}

// The whole corpus is analysed once, by one RunWithSuggestedFixes over
// viewcheck.test/...: loading the packages (and their standard library
// dependencies, from source) is most of the cost, so one load for all the
// tests below keeps the suite fast. The errors analysistest reports are
// recorded and handed to the test of the directory whose files they name.
var corpus struct {
	once    sync.Once
	results []*analysistest.Result
	errs    []string
}

// recorder is the analysistest.Testing the shared run reports to.
type recorder struct{ errs *[]string }

func (r recorder) Errorf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	switch {
	case strings.Contains(msg, ": unexpected fact: "):
		// The analyzer exports a summary fact for most functions and a
		// package fact for every package that involves arrays. They are
		// implementation details, tested through their effect on the
		// diagnostics in crosspkg/ and robustness/; spelling each one
		// out in "// want" comments would tie the corpus to the fact
		// format.
		return
	case missingGolden(msg):
		// Most reported programs get a fix; only those with a .golden
		// file have their fixed text compared (TestSuggestedFixes).
		return
	}
	*r.errs = append(*r.errs, msg)
}

// missingGolden reports whether msg is analysistest's complaint that a
// file edited by a fix has no .golden file.
func missingGolden(msg string) bool {
	rest, ok := strings.CutPrefix(msg, "error reading ")
	if !ok {
		return false
	}
	file, _, ok := strings.Cut(rest, ".golden: ")
	if !ok {
		return false
	}
	_, err := os.Stat(file + ".golden")
	return errors.Is(err, fs.ErrNotExist)
}

func loadCorpus(t *testing.T) ([]*analysistest.Result, []string) {
	t.Helper()
	dir := testdata(t)
	corpus.once.Do(func() {
		analyzer.EnsureTestdataModules(t, dir)
		corpus.results = analysistest.RunWithSuggestedFixes(recorder{&corpus.errs}, dir, analyzer.Analyzer, testModule+"/...")
	})
	return corpus.results, corpus.errs
}

// isFixMsg reports whether msg is about the comparison of fixed files with
// their golden files (TestSuggestedFixes).
func isFixMsg(msg string) bool {
	return strings.HasPrefix(msg, "all fixes") || strings.Contains(msg, "conflict applying fix") || strings.Contains(msg, ".golden")
}

// programOfMsg names the program of the first testdata file or package an
// analysistest error names, or "" for errors that name none (a failure to
// load or analyse the corpus).
func programOfMsg(dir, msg string) string {
	best, bestAt := "", len(msg)
	for _, marker := range []string{dir + string(filepath.Separator), testModule + "/"} {
		i := strings.Index(msg, marker)
		if i < 0 || i >= bestAt {
			continue
		}
		rest := msg[i+len(marker):]
		if end := strings.IndexAny(rest, ": \t\n\"'`()[]{},"); end >= 0 {
			rest = rest[:end]
		}
		if p := programOf(filepath.ToSlash(rest)); p != "" {
			best, bestAt = p, i
		}
	}
	return best
}

// errorsByProgram sorts the shared run's errors by program; fix errors
// are left out, errors that name no program are under "".
func errorsByProgram(t *testing.T) map[string][]string {
	t.Helper()
	dir := testdata(t)
	_, errs := loadCorpus(t)
	by := map[string][]string{}
	for _, msg := range errs {
		if !isFixMsg(msg) {
			p := programOfMsg(dir, msg)
			by[p] = append(by[p], msg)
		}
	}
	return by
}

// TestCorpus runs every top-level directory's programs, one subtest per
// directory (go test -run TestCorpus/vc1002): diagnostics that do not
// match the "// want" comments, expectations that were not met, and load
// or type errors fail, except in the programs listed in knownMisses
// (TestKnownMisses). It also checks what every diagnostic must carry
// according to the contract: its check ID as Category, the ID at the end
// of the message, and related information (where the view or copy was
// made).
func TestCorpus(t *testing.T) {
	l := scanCorpus(t)
	byProg := errorsByProgram(t)
	for _, msg := range byProg[""] {
		t.Error(msg)
	}
	results, _ := loadCorpus(t)
	for _, top := range l.tops {
		t.Run(top, func(t *testing.T) {
			progs := make([]string, 0, len(byProg))
			for p := range byProg {
				progs = append(progs, p)
			}
			sort.Strings(progs)
			for _, p := range progs {
				if _, known := knownMisses[p]; known || !strings.HasPrefix(p, top+"/") {
					continue
				}
				for _, msg := range byProg[p] {
					t.Error(msg)
				}
			}
			var mine []*analysistest.Result
			for _, r := range results {
				if strings.HasPrefix(r.Action.Package.PkgPath, testModule+"/"+top+"/") {
					mine = append(mine, r)
				}
			}
			if len(mine) == 0 {
				t.Fatalf("no package of %s/ was analysed", top)
			}
			checkShape(t, mine)
		})
	}
}

func checkShape(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	ids := map[string]bool{}
	for _, c := range analyzer.Checks {
		ids[c.ID] = true
	}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			posn := r.Action.Package.Fset.Position(d.Pos)
			if !ids[d.Category] {
				t.Errorf("%s: category %q is not a check ID", posn, d.Category)
				continue
			}
			if !strings.HasSuffix(d.Message, " ("+d.Category+")") {
				t.Errorf("%s: message %q does not end with (%s)", posn, d.Message, d.Category)
			}
			// A directive's finding is about the comment alone.
			if d.Category != analyzer.BadDirective && len(d.Related) == 0 {
				t.Errorf("%s: %s diagnostic has no related information", posn, d.Category)
			}
		}
	}
}

// TestQuiet checks the programs under every quiet/ directory: correct code
// that resembles a bug. Beyond analysistest's matching (there are no
// "// want" comments to match), it checks directly that not one diagnostic
// is reported, so that a quiet program cannot be made to pass by adding an
// expectation. A known miss (a false report) is exempt from the second part.
func TestQuiet(t *testing.T) {
	l := scanCorpus(t)
	results, _ := loadCorpus(t)
	quiet := 0
	for _, p := range l.programs {
		if p.kind != "quiet" {
			continue
		}
		quiet++
		if n, _ := p.wants(); n > 0 {
			t.Errorf("%s: a quiet program must not expect diagnostics (%d want comments)", p.rel, n)
		}
	}
	if quiet < 150 {
		t.Errorf("the quiet/ directories hold %d programs, want at least 150", quiet)
	}
	for _, r := range results {
		rel := strings.TrimPrefix(r.Action.Package.PkgPath, testModule+"/")
		p := l.programs[programOf(rel)]
		if p == nil || p.kind != "quiet" {
			continue
		}
		if _, known := knownMisses[p.rel]; known {
			continue
		}
		for _, d := range r.Diagnostics {
			t.Errorf("%s: quiet program reported: %s [%s]", r.Action.Package.Fset.Position(d.Pos), d.Message, d.Category)
		}
	}
}

// TestBugPrograms checks that every program under a bug/ directory expects
// a diagnostic, and under a check directory one of that check.
func TestBugPrograms(t *testing.T) {
	l := scanCorpus(t)
	for _, p := range l.programs {
		if p.kind != "bug" {
			continue
		}
		n, ids := p.wants()
		if n == 0 {
			t.Errorf("%s: a bug program must expect a diagnostic (// want)", p.rel)
			continue
		}
		if c := checkOf(p.top); c != nil && !slices.Contains(ids, c.ID) {
			t.Errorf("%s: expects %v but not %s, the check of its directory", p.rel, ids, c.ID)
		}
	}
}

// Names below the top-level directories are Go package names.
var pathElement = regexp.MustCompile(`^[a-z][a-z0-9]*$`)

// TestLayout checks the layout ../testdata/README.md describes: a
// directory per check, named after it, holding bug/ and quiet/; topic
// directories with a README.md; every directory and package named by the
// one naming scheme; and nothing but Go programs, golden files and
// Markdown.
func TestLayout(t *testing.T) {
	l := scanCorpus(t)
	for _, c := range analyzer.Checks {
		if !slices.Contains(l.tops, checkDir(c)) {
			t.Errorf("check %s has no directory %s/", c.ID, checkDir(c))
		}
	}
	for _, top := range l.tops {
		if !regexp.MustCompile(`^[a-z][a-z0-9-]*$`).MatchString(top) {
			t.Errorf("%s/: a top-level directory is named in lower case, digits and hyphens", top)
		}
		if checkDirLike.MatchString(top) {
			c := checkOf(top)
			if c == nil {
				t.Errorf("%s/ looks like a check directory but is named after no check (<id>-<name>, as in %s)", top, checkDir(analyzer.Checks[0]))
				continue
			}
			entries, err := os.ReadDir(filepath.Join(l.dir, top))
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range entries {
				if !e.IsDir() || (e.Name() != "bug" && e.Name() != "quiet") {
					if e.Name() != "README.md" {
						t.Errorf("%s/%s: a check directory holds bug/ and quiet/ only", top, e.Name())
					}
				}
			}
			for _, kind := range []string{"bug", "quiet"} {
				n := 0
				for _, p := range l.sortedPrograms(top) {
					if p.kind == kind {
						n++
					}
				}
				if n == 0 {
					t.Errorf("%s/%s/ holds no program", top, kind)
				}
			}
			continue
		}
		if _, err := os.Stat(filepath.Join(l.dir, top, "README.md")); err != nil {
			t.Errorf("%s/ is a topic directory without a README.md saying what it tests (TestIndex shows its first paragraph)", top)
		}
	}
	for _, file := range l.loose {
		t.Errorf("%s: a Go file outside a program (testdata/<dir>/<program>/ or testdata/<dir>/bug|quiet/<program>/)", file)
	}
	for _, file := range l.others {
		t.Errorf("%s: testdata holds Go programs, .golden files and Markdown only", file)
	}
	for _, pkg := range l.pkgs {
		parts := strings.Split(pkg.rel, "/")
		for _, part := range parts[1:] {
			if !pathElement.MatchString(part) {
				t.Errorf("%s: %q is not a lower-case Go package name", pkg.rel, part)
			}
		}
		base := parts[len(parts)-1]
		if pkg.name != "main" && pkg.name != base {
			t.Errorf("%s: package %s is not named after its directory", pkg.rel, pkg.name)
		}
		if len(pkg.files) == 1 && filepath.Base(pkg.files[0]) != base+".go" {
			t.Errorf("%s: its one file is %s, not %s.go", pkg.rel, filepath.Base(pkg.files[0]), base)
		}
	}
}

// TestSuggestedFixes checks the fixes of every file that has a .golden
// file: the shared run applied all fixes and compared the result with it
// (analysistest's golden format: the whole file after all fixes). Since
// analysistest compares only files that some fix edits, the test also
// checks that each golden file's source actually received an edit: a
// diagnostic that lost its fix must fail.
func TestSuggestedFixes(t *testing.T) {
	dir := testdata(t)
	var goldens []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go.golden") {
			goldens = append(goldens, strings.TrimSuffix(path, ".golden"))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(goldens) < 6 {
		t.Fatalf("found %d .golden files, want at least one per check with a fix", len(goldens))
	}
	results, errs := loadCorpus(t)
	for _, msg := range errs {
		if isFixMsg(msg) {
			t.Error(msg)
		}
	}
	edited := map[string]bool{}
	for _, r := range results {
		fset := r.Action.Package.Fset
		for _, d := range r.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				for _, e := range fix.TextEdits {
					edited[fset.File(e.Pos).Name()] = true
				}
			}
		}
	}
	for _, file := range goldens {
		if _, err := os.Stat(file); err != nil {
			t.Errorf("%s.golden has no program next to it", file)
		} else if !edited[file] {
			t.Errorf("%s has a .golden file but no suggested fix edits it", file)
		}
	}
}

// TestGoldenFilesAreGofmtClean: a fix's result must be gofmt-clean, so the
// expected results are too (analysistest formats both sides before
// comparing, which would hide a golden file that is not).
func TestGoldenFilesAreGofmtClean(t *testing.T) {
	dir := testdata(t)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go.golden") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if _, err := parser.ParseFile(token.NewFileSet(), path, src, parser.ParseComments); err != nil {
			t.Errorf("%s does not parse: %v", path, err)
			return nil
		}
		formatted, err := format.Source(src)
		if err != nil {
			return err
		}
		if string(formatted) != string(src) {
			t.Errorf("%s is not gofmt-clean", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestEveryPackageIsTested checks that the shared run analysed exactly the
// packages on disk: a package it skipped would be tested by nothing. It
// also checks the corpus keeps its balance of reported and quiet programs.
func TestEveryPackageIsTested(t *testing.T) {
	l := scanCorpus(t)
	results, _ := loadCorpus(t)
	analysed := map[string]bool{}
	for _, r := range results {
		analysed[strings.TrimPrefix(r.Action.Package.PkgPath, testModule+"/")] = true
	}
	for rel := range l.pkgs {
		if !analysed[rel] {
			t.Errorf("%s was not analysed", rel)
		}
	}
	for rel := range analysed {
		if l.pkgs[rel] == nil {
			t.Errorf("%s was analysed but is not a package of a program", rel)
		}
	}
	bugs, quiet := 0, 0
	for _, p := range l.programs {
		if n, _ := p.wants(); n > 0 {
			bugs++
		} else {
			quiet++
		}
	}
	t.Logf("%d packages in %d programs: %d with expected diagnostics, %d quiet", len(l.pkgs), len(l.programs), bugs, quiet)
	if bugs < 40 || quiet < 40 {
		t.Errorf("corpus has %d programs with diagnostics and %d quiet ones; want at least 40 of each", bugs, quiet)
	}
}
