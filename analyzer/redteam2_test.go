package analyzer_test

import (
	"sort"
	"strings"
	"testing"
)

// The packages under ../testdata/redteam2 were written by a second
// independent reviewer from checks-spec's contract and docs/checks.md,
// without reading the rest of the corpus. About two thirds are realistic,
// correct numerical code that must stay quiet (kernels, factorizations,
// training loops, double buffers, pipelines, struct models, generics,
// iterators, goroutines); the rest are bugs the contract says to report
// (each "// want" comment names the check and sits on the reported line).
// Only programs whose expectation follows from the contract without doubt
// are here. They run in the shared corpus load.

// redteam2Known lists the redteam2 packages whose expectations the
// analyzer does not meet yet, with the reason. Their errors are expected;
// any other package's are failures, and so is a listed package that now
// passes, so that the list stays true.
var redteam2Known = map[string]string{}

func TestRedteam2(t *testing.T) {
	results, errs := loadCorpus(t)
	byPkg := map[string][]string{}
	for _, msg := range errs {
		if groupOf(msg) != "redteam2" {
			continue
		}
		name := redteam2Package(msg)
		byPkg[name] = append(byPkg[name], msg)
	}
	var mine []string
	for _, r := range results {
		if strings.HasPrefix(r.Action.Package.PkgPath, testModule+"/redteam2/") {
			mine = append(mine, r.Action.Package.PkgPath)
		}
	}
	if len(mine) < 60 {
		t.Errorf("redteam2/... gave %d packages, want at least 60", len(mine))
	}
	names := make([]string, 0, len(byPkg))
	for name := range byPkg {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if _, known := redteam2Known[name]; known {
			continue
		}
		for _, msg := range byPkg[name] {
			t.Error(msg)
		}
	}
	for name, why := range redteam2Known {
		if len(byPkg[name]) == 0 {
			t.Errorf("redteam2/%s now meets its expectations (it was listed because %s): remove it from redteam2Known", name, why)
		}
	}
}

// redteam2Package names the redteam2 package (its top directory under
// testdata/redteam2) that an analysistest message is about.
func redteam2Package(msg string) string {
	for _, marker := range []string{"testdata/redteam2/", testModule + "/redteam2/"} {
		if i := strings.Index(msg, marker); i >= 0 {
			rest := msg[i+len(marker):]
			if j := strings.IndexAny(rest, "/:. "); j >= 0 {
				return rest[:j]
			}
			return rest
		}
	}
	return ""
}
