package analyzer_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/viewcheck/viewcheck/analyzer"
)

// The sample library described by testdata/viewcheck.contracts gives its
// callers exactly the findings its twin with directives gives its own.
func TestContractFileMatchesDirectives(t *testing.T) {
	results, _ := loadCorpus(t)
	diags := func(pkg string) []string {
		var out []string
		for _, r := range results {
			if r.Action.Package.PkgPath != testModule+"/contracts/"+pkg {
				continue
			}
			for _, d := range r.Diagnostics {
				p := r.Action.Package.Fset.Position(d.Pos)
				out = append(out, fmt.Sprintf("%d:%d: %s", p.Line, p.Column, d.Message))
			}
		}
		slices.Sort(out)
		return out
	}
	byDirective, byContract := diags("userdirective"), diags("usercontract")
	if len(byDirective) < 3 {
		t.Fatalf("the directives' twin gave %d findings, want at least 3: %q", len(byDirective), byDirective)
	}
	if !slices.Equal(byDirective, byContract) {
		t.Errorf("a contracts file and directives give different findings:\ndirectives: %q\ncontracts:  %q", byDirective, byContract)
	}
}

// errRecorder records analysistest's errors.
type errRecorder struct{ errs []string }

func (r *errRecorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

// withContracts runs the analyzer on one corpus package with -contracts set.
func withContracts(t *testing.T, file, pkg string) []string {
	t.Helper()
	if err := analyzer.Analyzer.Flags.Set("contracts", file); err != nil {
		t.Fatal(err)
	}
	defer analyzer.Analyzer.Flags.Set("contracts", "")
	var rec errRecorder
	analysistest.Run(&rec, testdata(t), analyzer.Analyzer, testModule+"/"+pkg)
	return rec.errs
}

// A bad line in a -contracts file stops the analysis with an error that
// names the file and the line; it is neither skipped nor a crash.
func TestBadContractsFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "bad.contracts")
	src := "# fine\nbytes.TrimSpace view s\n(*example.com/x.T).M shares recv\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	errs := withContracts(t, file, "contracts/ringdirective") // imports nothing: its own error shows
	joined := strings.Join(errs, "\n")
	if !strings.Contains(joined, file+":3: (*example.com/x.T).M: unknown directive") {
		t.Errorf("errors do not name %s:3 and what is wrong:\n%s", file, joined)
	}
}

// A contract that names a parameter the function lacks is an error of the
// contracts file too, found once the function is called.
func TestContractWithUnknownParameter(t *testing.T) {
	file := filepath.Join(t.TempDir(), "param.contracts")
	src := "(*viewcheck.test/contracts/ringcontract.Buf).Window view nosuch\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	errs := withContracts(t, file, "contracts/usercontract")
	joined := strings.Join(errs, "\n")
	if !strings.Contains(joined, file+":1:") || !strings.Contains(joined, `"nosuch" is not a parameter`) {
		t.Errorf("errors do not name %s:1 and the parameter:\n%s", file, joined)
	}
}

// A -contracts file overrides the built-in and module-root contracts: with
// Window declared fresh, writing a window is no longer a write to its base.
func TestContractsFlagOverrides(t *testing.T) {
	file := filepath.Join(t.TempDir(), "override.contracts")
	src := "(*viewcheck.test/contracts/ringcontract.Buf).Window fresh\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	errs := withContracts(t, file, "contracts/usercontract")
	joined := strings.Join(errs, "\n")
	// The VC1001 and VC1002 expectations on windows are now unmet.
	if !strings.Contains(joined, "usercontract.go:17") || !strings.Contains(joined, "usercontract.go:22") {
		t.Errorf("the override did not change the window findings:\n%s", joined)
	}
	if strings.Contains(joined, "usercontract.go:27") {
		t.Errorf("the override changed an unrelated finding (Clone):\n%s", joined)
	}
}
