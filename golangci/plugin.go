// Package golangci is the golangci-lint v2 module plugin of viewcheck.
//
// golangci-lint builds a custom binary that imports this package (see
// docs/integrations.md): list the module in .custom-gcl.yml,
//
//	version: v2.5.0
//	plugins:
//	  - module: github.com/viewcheck/viewcheck
//	    import: github.com/viewcheck/viewcheck/golangci
//	    version: v0.1.0
//
// run "golangci-lint custom", and enable the linter in .golangci.yml:
//
//	version: "2"
//	linters:
//	  enable:
//	    - viewcheck
//	  settings:
//	    custom:
//	      viewcheck:
//	        type: module
//	        description: aliasing bugs of array views and copies (ndarray, gonum, Go slices)
//	        settings:
//	          checks: "all,-VC1004" # optional; the default is the default checks
//	          contracts: "third_party.contracts" # optional; viewcheck.contracts at the module root is read anyway
//
// The plugin registers itself under the name "viewcheck" when imported.
// Its only analyzer is analyzer.Analyzer, so findings, fixes and
// //lint:ignore suppressions are the same as with go vet and the
// viewcheck command.
package golangci

import (
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"github.com/viewcheck/viewcheck/analyzer"
	"golang.org/x/tools/go/analysis"
)

// Name is the linter's name in .golangci.yml.
const Name = "viewcheck"

func init() {
	register.Plugin(Name, New)
}

// Settings are the plugin's settings in .golangci.yml.
type Settings struct {
	// Checks selects the checks with the analyzer's -checks list, which
	// means the same here as under go vet (analyzer.ParseChecks): "all",
	// "VC1001,VC1003", "all,-VC1004", or "-VC1004" for the default checks
	// but VC1004. Empty means the default checks.
	Checks string `json:"checks"`
	// Contracts names contracts files (comma-separated) for libraries
	// without //viewcheck: directives, as the analyzer's -contracts flag
	// does (docs/contracts.md).
	Contracts string `json:"contracts"`
}

// New returns the plugin configured by settings, the value of
// linters.settings.custom.viewcheck.settings.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("viewcheck: %w", err)
	}
	// Checked here too, so that a bad list is reported when the
	// configuration is read rather than when the analyzers are built.
	if _, err := analyzer.ParseChecks(s.Checks); err != nil {
		return nil, fmt.Errorf("viewcheck: settings.checks: %w", err)
	}
	return &plugin{settings: s}, nil
}

type plugin struct {
	settings Settings
}

// BuildAnalyzers returns viewcheck's analyzer with the configured checks.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	// The analyzer reads its flag; an empty setting resets it to the
	// default checks.
	if err := analyzer.Analyzer.Flags.Set("checks", p.settings.Checks); err != nil {
		return nil, fmt.Errorf("viewcheck: settings.checks: %w", err)
	}
	if err := analyzer.Analyzer.Flags.Set("contracts", p.settings.Contracts); err != nil {
		return nil, fmt.Errorf("viewcheck: settings.contracts: %w", err)
	}
	return []*analysis.Analyzer{analyzer.Analyzer}, nil
}

// GetLoadMode asks for type information: the analyzer builds SSA.
func (p *plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
