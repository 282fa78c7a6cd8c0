package analyzer_test

import (
	"sort"
	"strings"
	"testing"
)

// The packages under ../testdata/redteam were written by an independent
// reviewer from checks-spec's contract alone, without reading the rest of
// the corpus: about half must be reported (each "// want" comment names the
// check and sits on the reported line) and half are correct code that must
// stay quiet. They run in the shared corpus load; TestRedteam reads the
// analysistest errors that name them.

// redteamKnown lists the redteam packages whose expectations the analyzer
// does not meet yet, with the reason. Their errors are expected; any other
// package's are failures, and so is a listed package that now passes, so
// that the list stays true.
var redteamKnown = map[string]string{}

func TestRedteam(t *testing.T) { checkReviewedGroup(t, "redteam", redteamKnown, 60) }

// checkReviewedGroup checks one independently written group of the corpus:
// every package meets its expectations except those listed in known (with
// the reason), a listed package that now passes fails the test so that the
// list stays true, and the group holds at least min packages.
func checkReviewedGroup(t *testing.T, group string, known map[string]string, min int) {
	results, errs := loadCorpus(t)
	byPkg := map[string][]string{}
	for _, msg := range errs {
		if groupOf(msg) != group {
			continue
		}
		name := groupPackage(group, msg)
		byPkg[name] = append(byPkg[name], msg)
	}
	pkgs := 0
	for _, r := range results {
		if strings.HasPrefix(r.Action.Package.PkgPath, testModule+"/"+group+"/") {
			pkgs++
		}
	}
	if pkgs < min {
		t.Errorf("%s/... gave %d packages, want at least %d", group, pkgs, min)
	}
	names := make([]string, 0, len(byPkg))
	for name := range byPkg {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if _, ok := known[name]; ok {
			continue
		}
		for _, msg := range byPkg[name] {
			t.Error(msg)
		}
	}
	for name, why := range known {
		if len(byPkg[name]) == 0 {
			t.Errorf("%s/%s now meets its expectations (it was listed because %s): remove it from the known list", group, name, why)
		}
	}
}

// groupPackage names the package of a group (its top directory under
// testdata/<group>) that an analysistest message is about.
func groupPackage(group, msg string) string {
	for _, marker := range []string{"testdata/" + group + "/", testModule + "/" + group + "/"} {
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
