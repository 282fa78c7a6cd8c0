// This file is not part of the viewcheck module's build: build-gopls.sh
// copies it into golang.org/x/tools/gopls/internal/settings of a pinned
// gopls release, which has no hook for third-party analyzers
// (golang/go#59869). It adds viewcheck's analyzer to the list gopls runs,
// enabled by default; "analyses": {"viewcheck": false} turns it off.

//go:build ignore

package settings

import viewcheck "github.com/viewcheck/viewcheck/analyzer"

func init() {
	// gopls reads AllAnalyzers when it analyzes a package, long after
	// package initialization, so appending here is enough. The default
	// action kind is a quick fix, which is what the .Copy() fixes are.
	AllAnalyzers = append(AllAnalyzers, &Analyzer{analyzer: viewcheck.Analyzer})
}
