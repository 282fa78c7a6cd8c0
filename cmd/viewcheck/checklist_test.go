package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/viewcheck/viewcheck/analyzer"
)

// checkLists are lists whose meaning analyzer.ParseChecks defines (its
// table test, analyzer/checklist_test.go, pins each one down) and that this
// command must follow; vet marks those also run through go vet, where the
// analyzer's tests cover the rest of the flag's reading.
var checkLists = []struct {
	spec string
	vet  bool
}{
	{"", true}, {"all", false}, {"*", true}, {"VC1001", false}, {"vc1001", false}, {"view-write", false},
	{"-VC1004", false}, {"-VC1004,VC1001", true}, {"all,-VC1004", true}, {"VC1001,-VC1001", false},
	{" VC1001 , VC1002 ", false}, {"VC1000", false}, {"-VC1000", true}, {"all,-bad-directive", false},
	{"VC9999", true}, {"-", false}, {"VC1001,", false},
}

// TestCheckLists runs the standalone linter and go vet with check lists on
// a module with a finding of every check (the analyzer's testdata
// checklist/every), and compares the checks reported with ParseChecks.
func TestCheckLists(t *testing.T) {
	t.Parallel()
	dir := newModule(t, everyCheckFiles(t))
	for _, tc := range checkLists {
		spec := tc.spec
		want, wantErr := analyzer.ParseChecks(spec)
		t.Run(spec, func(t *testing.T) {
			t.Parallel()
			r := viewcheck(t, dir, "-f", "json", "-checks="+spec, "./...")
			if wantErr != nil {
				if r.code != exitError || !strings.Contains(r.stderr, "viewcheck: -checks: "+wantErr.Error()) {
					t.Errorf("viewcheck -checks=%q: want exit status 2 and %q\n%v", spec, wantErr, r)
				}
			} else {
				var findings []jsonFinding
				if err := json.Unmarshal([]byte(r.stdout), &findings); err != nil {
					t.Fatalf("viewcheck -checks=%q: %v\n%v", spec, err, r)
				}
				got := make(map[string]bool)
				for _, f := range findings {
					got[f.Check] = true
				}
				if !slices.Equal(onIDs(got), onIDs(want)) {
					t.Errorf("viewcheck -checks=%q reports %v, want %v", spec, onIDs(got), onIDs(want))
				}
				wantCode := exitClean
				if len(onIDs(want)) > 0 {
					wantCode = exitFindings
				}
				if r.code != wantCode {
					t.Errorf("viewcheck -checks=%q: exit status %d, want %d\n%v", spec, r.code, wantCode, r)
				}
			}

			if !tc.vet {
				return
			}
			r = runIn(t, dir, "go", "vet", "-vettool="+viewcheckBinary(t), "-json", "-checks="+spec, "./...")
			if wantErr != nil {
				if r.code == 0 || !strings.Contains(r.stderr, wantErr.Error()) {
					t.Errorf("go vet -checks=%q: want a failure that says %q\n%v", spec, wantErr, r)
				}
				return
			}
			var tree map[string]map[string][]struct {
				Category string `json:"category"`
			}
			if err := json.Unmarshal([]byte(r.stdout), &tree); err != nil {
				t.Fatalf("go vet -checks=%q: %v\n%v", spec, err, r)
			}
			got := make(map[string]bool)
			for _, d := range tree["example.com/user/every"]["viewcheck"] {
				got[d.Category] = true
			}
			if !slices.Equal(onIDs(got), onIDs(want)) {
				t.Errorf("go vet -checks=%q reports %v, want %v", spec, onIDs(got), onIDs(want))
			}
		})
	}
}

// everyCheckFiles returns the files of the analyzer's testdata package
// checklist/every, as the package example.com/user/every.
func everyCheckFiles(t *testing.T) map[string]string {
	t.Helper()
	matches, err := filepath.Glob(filepath.Join(repoRoot(t), "testdata", "checklist", "every", "*.go"))
	if err != nil || len(matches) == 0 {
		t.Fatalf("testdata/checklist/every: %v", err)
	}
	files := make(map[string]string)
	for _, m := range matches {
		src, err := os.ReadFile(m)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Join("every", filepath.Base(m))] = string(src)
	}
	// The VC1007 finding is on gonum, which the corpus's module requires:
	// the same requirement, its go.sum, and the module in the cache.
	testdata := filepath.Join(repoRoot(t), "testdata")
	sum, err := os.ReadFile(filepath.Join(testdata, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	files["go.sum"] = string(sum)
	files[goModExtra] = "require gonum.org/v1/gonum v0.17.0\n"
	download := exec.Command("go", "mod", "download", "gonum.org/v1/gonum")
	download.Dir = testdata
	if out, err := download.CombinedOutput(); err != nil {
		t.Fatalf("go mod download gonum: %v\n%s", err, out)
	}
	return files
}

// onIDs lists the checks a set turns on, in ID order; other keys are kept
// at the end so that a stray category shows in a failure.
func onIDs(set map[string]bool) []string {
	var ids []string
	for _, c := range analyzer.Checks {
		if set[c.ID] {
			ids = append(ids, c.ID)
		}
	}
	for id, on := range set {
		if on && analyzer.CheckByID(id) == nil {
			ids = append(ids, id)
		}
	}
	return ids
}
