package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestVetFactsFromDependencies runs go vet on the corpus's cross-package
// bug programs alone, so that the packages they import are analyzed for
// their facts only (VetxOnly, where the tool skips the search for
// findings: analyzer.FactsOnly). Every finding the programs' "// want"
// comments ask for needs a fact from such a package, and must be reported
// as it is when analysistest analyzes every package in full.
func TestVetFactsFromDependencies(t *testing.T) {
	t.Parallel()
	testdata := filepath.Join(repoRoot(t), "testdata")
	download := exec.Command("go", "mod", "download", "gonum.org/v1/gonum")
	download.Dir = testdata
	if out, err := download.CombinedOutput(); err != nil {
		t.Fatalf("go mod download gonum: %v\n%s", err, out)
	}
	programs := []string{
		"vc1002-stale-view/bug/slicecrosspkg",       // alias.WritesSlices
		"vc1009-kept-write/bug/slicexpkgqueue",      // KeepsSlice
		"vc1010-arg-reorder/bug/crosspkgsort",       // alias.Reorders
		"vc1012-append-alias/bug/crosspkgcgroup",    // alias.Appends
		"vc1013-borrowed-buffer/bug/crosspkgtoken",  // alias.Lends
		"vc1014-stale-pointer/bug/crosspkgregistry", // SliceRefsFact
		"crosspkg/viewuser",                         // alias.Summary (the model)
	}
	want := map[string]bool{} // file.go:line
	wantComment := regexp.MustCompile("//\\s*want\\s+[\"`]")
	var patterns []string
	for _, p := range programs {
		dir := filepath.Join(testdata, p)
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		if len(files) == 0 {
			t.Fatalf("no program %s", p)
		}
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for i, line := range strings.Split(string(src), "\n") {
				if wantComment.MatchString(line) {
					want[filepath.Base(f)+":"+strconv.Itoa(i+1)] = true
				}
			}
		}
		patterns = append(patterns, "./"+p)
	}
	if len(want) < len(programs) {
		t.Fatalf("found %d want comments in %d programs", len(want), len(programs))
	}
	r := runIn(t, testdata, "go", append([]string{"vet", "-vettool=" + viewcheckBinary(t)}, patterns...)...)
	finding := regexp.MustCompile(`(?m)^(?:\S*/)?([^/\s]+\.go):(\d+):\d+: .*\(VC\d+\)$`)
	got := map[string]bool{}
	for _, m := range finding.FindAllStringSubmatch(r.stderr, -1) {
		got[m[1]+":"+m[2]] = true
	}
	var missing, extra []string
	for k := range want {
		if !got[k] {
			missing = append(missing, k)
		}
	}
	for k := range got {
		if !want[k] {
			extra = append(extra, k)
		}
	}
	slices.Sort(missing)
	slices.Sort(extra)
	if len(missing)+len(extra) > 0 {
		t.Errorf("go vet on the cross-package programs: missing %v, unexpected %v\n%v", missing, extra, r)
	}
}
