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
var redteamKnown = map[string]string{
	"vwparity": "mutually recursive helpers that return views of their parameter, ending in Transpose, lose the view",
}

func TestRedteam(t *testing.T) {
	results, errs := loadCorpus(t)
	byPkg := map[string][]string{}
	for _, msg := range errs {
		if groupOf(msg) != "redteam" {
			continue
		}
		byPkg[redteamPackage(msg)] = append(byPkg[redteamPackage(msg)], msg)
	}
	pkgs := 0
	for _, r := range results {
		if strings.HasPrefix(r.Action.Package.PkgPath, testModule+"/redteam/") {
			pkgs++
		}
	}
	if pkgs < 60 {
		t.Errorf("redteam/... gave %d packages, want at least 60", pkgs)
	}
	names := make([]string, 0, len(byPkg))
	for name := range byPkg {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if _, known := redteamKnown[name]; known {
			continue
		}
		for _, msg := range byPkg[name] {
			t.Error(msg)
		}
	}
	for name, why := range redteamKnown {
		if len(byPkg[name]) == 0 {
			t.Errorf("redteam/%s now meets its expectations (it was listed because %s): remove it from redteamKnown", name, why)
		}
	}
}

// redteamPackage names the redteam package (its top directory under
// testdata/redteam) that an analysistest message is about.
func redteamPackage(msg string) string {
	for _, marker := range []string{"testdata/redteam/", testModule + "/redteam/"} {
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
