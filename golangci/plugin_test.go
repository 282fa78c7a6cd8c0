package golangci_test

import (
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"github.com/viewcheck/viewcheck/analyzer"
	_ "github.com/viewcheck/viewcheck/golangci"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// TestPlugin loads the plugin the way golangci-lint does, through the
// registry by name with settings decoded from its configuration, and runs
// the analyzers it builds on a module that uses ndarray: the VC1001 bug is
// reported and the VC1004 one, turned off in the settings, is not.
func TestPlugin(t *testing.T) {
	checks := analyzer.Analyzer.Flags.Lookup("checks")
	if checks == nil {
		t.Fatal("analyzer.Analyzer has no checks flag")
	}
	saved := checks.Value.String()
	t.Cleanup(func() { checks.Value.Set(saved) })

	newPlugin, err := register.GetPlugin("viewcheck")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(map[string]any{"checks": "all,-VC1004"})
	if err != nil {
		t.Fatal(err)
	}
	if mode := p.GetLoadMode(); mode != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", mode, register.LoadModeTypesInfo)
	}
	analyzers, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if len(analyzers) != 1 || analyzers[0] != analyzer.Analyzer {
		t.Fatalf("BuildAnalyzers() = %v, want [analyzer.Analyzer]", analyzers)
	}

	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: "testdata"}, "example.com/p")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("testdata/p does not load")
	}
	graph, err := checker.Analyze(analyzers, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Fatal(act.Err)
		}
		for _, d := range act.Diagnostics {
			got = append(got, fmt.Sprintf("%d %s", act.Package.Fset.Position(d.Pos).Line, d.Category))
		}
	}
	if want := []string{"13 VC1001"}; !slices.Equal(got, want) {
		t.Errorf("diagnostics (line, check) = %v, want %v", got, want)
	}
}

func TestPluginRejectsBadSettings(t *testing.T) {
	newPlugin, err := register.GetPlugin("viewcheck")
	if err != nil {
		t.Fatal(err)
	}
	for _, settings := range []any{
		map[string]any{"checks": "VC1001,VC9999"},
		map[string]any{"chekcs": "VC1001"},
	} {
		if _, err := newPlugin(settings); err == nil {
			t.Errorf("settings %v: want an error", settings)
		}
	}
	if _, err := newPlugin(nil); err != nil {
		t.Errorf("no settings: %v", err)
	}
}

// TestPluginCheckLists configures the plugin with each check list and runs
// the analyzers it builds on a package with a finding of every check (the
// analyzer's testdata checklist/every): the checks reported must be those
// analyzer.ParseChecks selects, as under go vet and the viewcheck command,
// and a list it refuses must be refused when the settings are read.
func TestPluginCheckLists(t *testing.T) {
	f := analyzer.Analyzer.Flags.Lookup("checks")
	saved := f.Value.String()
	t.Cleanup(func() { f.Value.Set(saved) })

	newPlugin, err := register.GetPlugin("viewcheck")
	if err != nil {
		t.Fatal(err)
	}
	// checklist/every's VC1007 finding is on gonum, which analysistest
	// loads with GOPROXY=off: the module must be in the cache.
	download := exec.Command("go", "mod", "download", "gonum.org/v1/gonum")
	download.Dir = filepath.Join("..", "testdata")
	if out, err := download.CombinedOutput(); err != nil {
		t.Fatalf("go mod download gonum: %v\n%s", err, out)
	}
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  filepath.Join("..", "testdata"),
		Env:  append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOFLAGS=-mod=mod"),
	}
	pkgs, err := packages.Load(cfg, "viewcheck.test/checklist/every")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("checklist/every does not load")
	}
	for _, spec := range []string{
		"", "all", "*", "VC1001", "vc1001", "view-write",
		"-VC1004", "-VC1004,VC1001", "all,-VC1004", "VC1001,-VC1001",
		" VC1001 , VC1002 ", "VC1000", "-VC1000", "all,-bad-directive",
		"VC9999", "-", "VC1001,",
	} {
		want, wantErr := analyzer.ParseChecks(spec)
		p, err := newPlugin(map[string]any{"checks": spec})
		if wantErr != nil {
			if err == nil || !strings.Contains(err.Error(), wantErr.Error()) {
				t.Errorf("checks: %q: error %v, want one that says %q", spec, err, wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("checks: %q: %v", spec, err)
			continue
		}
		analyzers, err := p.BuildAnalyzers()
		if err != nil {
			t.Fatal(err)
		}
		graph, err := checker.Analyze(analyzers, pkgs, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := make(map[string]bool)
		for _, act := range graph.Roots {
			if act.Err != nil {
				t.Fatal(act.Err)
			}
			for _, d := range act.Diagnostics {
				got[d.Category] = true
			}
		}
		if !maps.Equal(got, trueOnly(want)) {
			t.Errorf("checks: %q reports %v, want %v", spec, got, trueOnly(want))
		}
	}
}

// trueOnly drops the checks a set turns off.
func trueOnly(set map[string]bool) map[string]bool {
	out := make(map[string]bool)
	for id, on := range set {
		if on {
			out[id] = true
		}
	}
	return out
}
