package analyzer_test

import (
	"errors"
	"fmt"
	"go/format"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
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

// groups are the top-level directories of ../testdata. Every package under
// testdata belongs to one of them (TestEveryPackageIsTested).
var groups = []string{
	"viewwrite", "staleview", "lostwrite", "layoutwrite", "readonly", "argmutation",
	"quiet", "crosspkg", "suppress", "robustness", "checklist", "redteam", "redteam2", "redteam3", "redteam4",
	"gonum", "contracts",
}

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

// The whole corpus is analysed once, by one RunWithSuggestedFixes over
// viewcheck.test/...: loading the packages (and their standard library
// dependencies, from source) is most of the cost, so one load for all the
// tests below keeps the suite fast. The errors analysistest reports are
// recorded and handed to the test of the group whose files they name.
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

// groupOf names the group an analysistest error belongs to: "fixes" for
// the comparison of fixed files with their golden files, the group of the
// first testdata file or package the message names, or "" for errors that
// name none (a failure to load or analyse the corpus).
func groupOf(msg string) string {
	if strings.HasPrefix(msg, "all fixes") || strings.Contains(msg, "conflict applying fix") || strings.Contains(msg, ".golden") {
		return "fixes"
	}
	best, bestAt := "", len(msg)
	for _, g := range groups {
		for _, marker := range []string{"testdata/" + g + "/", testModule + "/" + g + "/"} {
			if i := strings.Index(msg, marker); i >= 0 && i < bestAt {
				best, bestAt = g, i
			}
		}
	}
	return best
}

// checkGroup reports the errors of one group's packages: diagnostics that
// do not match the "// want" comments, expectations that were not met, and
// load or type errors. It also checks what every diagnostic must carry
// according to the contract: its check ID as Category, the ID at the end
// of the message, and related information (where the view or copy was
// made).
func checkGroup(t *testing.T, group string) []*analysistest.Result {
	t.Helper()
	results, errs := loadCorpus(t)
	for _, msg := range errs {
		if g := groupOf(msg); g == group || g == "" {
			t.Error(msg)
		}
	}
	var mine []*analysistest.Result
	for _, r := range results {
		if strings.HasPrefix(r.Action.Package.PkgPath, testModule+"/"+group+"/") {
			mine = append(mine, r)
		}
	}
	if len(mine) == 0 {
		t.Fatalf("no package of %s/ was analysed", group)
	}
	checkShape(t, mine)
	return mine
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

func TestViewWrite(t *testing.T)     { checkGroup(t, "viewwrite") }
func TestStaleView(t *testing.T)     { checkGroup(t, "staleview") }
func TestLostWrite(t *testing.T)     { checkGroup(t, "lostwrite") }
func TestLayoutWrite(t *testing.T)   { checkGroup(t, "layoutwrite") }
func TestReadonlyWrite(t *testing.T) { checkGroup(t, "readonly") }
func TestArgMutation(t *testing.T)   { checkGroup(t, "argmutation") }
func TestCrossPackage(t *testing.T)  { checkGroup(t, "crosspkg") }
func TestSuppress(t *testing.T)      { checkGroup(t, "suppress") }
func TestRobustness(t *testing.T)    { checkGroup(t, "robustness") }
func TestChecklist(t *testing.T)     { checkGroup(t, "checklist") }
func TestGonum(t *testing.T)         { checkGroup(t, "gonum") }
func TestContracts(t *testing.T)     { checkGroup(t, "contracts") }

// TestQuiet runs the programs that resemble bugs but are correct. Beyond
// analysistest's matching (there are no "// want" comments to match), it
// checks directly that not one diagnostic is reported, so that a quiet
// program cannot be made to pass by adding an expectation.
func TestQuiet(t *testing.T) {
	dir := testdata(t)
	for _, file := range goFiles(t, filepath.Join(dir, "quiet")) {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(src), "// want") {
			t.Errorf("%s: a quiet program must not expect diagnostics", file)
		}
	}
	results := checkGroup(t, "quiet")
	if len(results) < 20 {
		t.Errorf("quiet/... gave %d packages, want at least 20", len(results))
	}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			t.Errorf("%s: quiet program reported: %s [%s]", r.Action.Package.Fset.Position(d.Pos), d.Message, d.Category)
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
		if groupOf(msg) == "fixes" {
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
		if !edited[file] {
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

// TestEveryPackageIsTested keeps the groups above in step with the
// directories: a package added outside them would never be analysed. It
// also checks the corpus keeps its balance of reported and quiet programs.
func TestEveryPackageIsTested(t *testing.T) {
	dir := testdata(t)
	bugs, quiet := 0, 0
	pkgs := map[string]bool{}
	for _, file := range goFiles(t, dir) {
		rel, err := filepath.Rel(dir, filepath.Dir(file))
		if err != nil {
			t.Fatal(err)
		}
		rel = filepath.ToSlash(rel)
		group, _, _ := strings.Cut(rel, "/")
		if !slices.Contains(groups, group) {
			t.Errorf("%s: package %s is outside the tested groups %v", file, rel, groups)
		}
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(src), "// want") {
			pkgs[rel] = true
		} else if _, seen := pkgs[rel]; !seen {
			pkgs[rel] = false
		}
	}
	for _, reported := range pkgs {
		if reported {
			bugs++
		} else {
			quiet++
		}
	}
	t.Logf("%d packages: %d with expected diagnostics, %d quiet", len(pkgs), bugs, quiet)
	if bugs < 40 || quiet < 40 {
		t.Errorf("corpus has %d packages with diagnostics and %d quiet ones; want at least 40 of each", bugs, quiet)
	}
}

// goFiles lists the .go files under root.
func goFiles(t *testing.T, root string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
