package analyzer_test

import (
	"fmt"
	"go/format"
	"go/parser"
	"go/token"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
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
	"quiet", "crosspkg", "suppress", "robustness",
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

// diagnosticsOnly passes analysistest's errors through, except its
// complaints about facts that no "// want" comment asked for. The analyzer
// exports a summary fact for most functions and a package fact for every
// package that involves arrays; those are implementation details (their
// effect is tested through the diagnostics in crosspkg/ and robustness/),
// and spelling each one out in the test programs would tie them to the
// fact format. Embedding *testing.T keeps testing.TB, so analysistest
// still logs load and type errors.
type diagnosticsOnly struct{ *testing.T }

func (d diagnosticsOnly) Errorf(format string, args ...any) {
	d.Helper()
	msg := fmt.Sprintf(format, args...)
	if strings.Contains(msg, ": unexpected fact: ") {
		return
	}
	d.T.Errorf("%s", msg)
}

// run analyses every package of a group, matches the diagnostics against
// the "// want" comments, and checks what every diagnostic must carry
// according to the contract: its check ID as Category, the ID at the end of
// the message, and related information (where the view or copy was made).
func run(t *testing.T, group string) []*analysistest.Result {
	t.Helper()
	results := analysistest.Run(diagnosticsOnly{t}, testdata(t), analyzer.Analyzer, testModule+"/"+group+"/...")
	checkShape(t, results)
	return results
}

func checkShape(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	ids := map[string]bool{"VC1000": true}
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
			if d.Category != "VC1000" && len(d.Related) == 0 {
				t.Errorf("%s: %s diagnostic has no related information", posn, d.Category)
			}
		}
	}
}

func TestViewWrite(t *testing.T)     { run(t, "viewwrite") }
func TestStaleView(t *testing.T)     { run(t, "staleview") }
func TestLostWrite(t *testing.T)     { run(t, "lostwrite") }
func TestLayoutWrite(t *testing.T)   { run(t, "layoutwrite") }
func TestReadonlyWrite(t *testing.T) { run(t, "readonly") }
func TestArgMutation(t *testing.T)   { run(t, "argmutation") }
func TestCrossPackage(t *testing.T)  { run(t, "crosspkg") }
func TestSuppress(t *testing.T)      { run(t, "suppress") }
func TestRobustness(t *testing.T)    { run(t, "robustness") }

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
	results := run(t, "quiet")
	if len(results) < 20 {
		t.Errorf("quiet/... gave %d packages, want at least 20", len(results))
	}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			t.Errorf("%s: quiet program reported: %s [%s]", r.Action.Package.Fset.Position(d.Pos), d.Message, d.Category)
		}
	}
}

// TestSuggestedFixes applies the fixes of every package that has a .golden
// file and compares the result with it (analysistest's golden format: the
// whole file after all fixes). analysistest compares only files that some
// fix edits, so the test also checks that each golden file's source
// actually received an edit: a diagnostic without its fix must fail.
func TestSuggestedFixes(t *testing.T) {
	dir := testdata(t)
	goldens := map[string][]string{} // import path -> source files with a golden
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go.golden") {
			rel, err := filepath.Rel(dir, filepath.Dir(path))
			if err != nil {
				return err
			}
			pkg := testModule + "/" + filepath.ToSlash(rel)
			goldens[pkg] = append(goldens[pkg], strings.TrimSuffix(path, ".golden"))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(goldens) < 6 {
		t.Fatalf("found %d packages with .golden files, want at least one per check with a fix", len(goldens))
	}
	for _, pkg := range slices.Sorted(maps.Keys(goldens)) {
		t.Run(strings.TrimPrefix(pkg, testModule+"/"), func(t *testing.T) {
			results := analysistest.RunWithSuggestedFixes(diagnosticsOnly{t}, dir, analyzer.Analyzer, pkg)
			checkShape(t, results)
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
			for _, file := range goldens[pkg] {
				if !edited[file] {
					t.Errorf("%s has a .golden file but no suggested fix edits it", file)
				}
			}
		})
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
