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
//	        description: aliasing bugs of ndarray views and copies
//	        settings:
//	          checks: "all,-VC1004" # optional; the default is all checks
//
// The plugin registers itself under the name "viewcheck" when imported.
// Its only analyzer is analyzer.Analyzer, so findings, fixes and
// //lint:ignore suppressions are the same as with go vet and the
// viewcheck command.
package golangci

import (
	"fmt"
	"strings"

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
	// Checks selects the checks, as the -checks flag does: "all",
	// "VC1001,VC1003", "all,-VC1004". Empty means all.
	Checks string `json:"checks"`
}

// New returns the plugin configured by settings, the value of
// linters.settings.custom.viewcheck.settings.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("viewcheck: %w", err)
	}
	if err := validateChecks(s.Checks); err != nil {
		return nil, fmt.Errorf("viewcheck: settings.checks: %w", err)
	}
	return &plugin{settings: s}, nil
}

type plugin struct {
	settings Settings
}

// BuildAnalyzers returns viewcheck's analyzer with the configured checks.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	if p.settings.Checks != "" {
		f := analyzer.Analyzer.Flags.Lookup("checks")
		if f == nil {
			return nil, fmt.Errorf("viewcheck: this analyzer version has no checks setting")
		}
		if err := f.Value.Set(p.settings.Checks); err != nil {
			return nil, fmt.Errorf("viewcheck: settings.checks: %w", err)
		}
	}
	return []*analysis.Analyzer{analyzer.Analyzer}, nil
}

// GetLoadMode asks for type information: the analyzer builds SSA.
func (p *plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}

// validateChecks reports an unknown check in a checks setting when the
// configuration is read, rather than when the first package is analyzed.
func validateChecks(spec string) error {
	for _, item := range strings.Split(spec, ",") {
		item = strings.TrimPrefix(strings.TrimSpace(item), "-")
		if item == "" || strings.EqualFold(item, "all") {
			continue
		}
		if analyzer.CheckByID(item) == nil {
			return fmt.Errorf("unknown check %q", item)
		}
	}
	return nil
}
