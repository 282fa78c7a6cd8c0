package golangci_test

import (
	"fmt"
	"slices"
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
