package analyzer

import (
	"golang.org/x/tools/go/analysis"
)

// Analyzer reports the aliasing bugs of array views and copies. Every
// diagnostic's Category is its check ID and its message ends with the ID in
// parentheses, for example "(VC1001)".
var Analyzer = &analysis.Analyzer{
	Name: "viewcheck",
	Doc:  "report aliasing bugs of array views and copies (writes through views, lost writes into copies, stale views)",
	URL:  "https://github.com/viewcheck/viewcheck/blob/main/docs/checks.md",
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) {
	return nil, nil
}
