package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/viewcheck/viewcheck/analyzer"
)

// explainCheck returns the check -explain names, by ID in any case or by
// name.
func explainCheck(s string) (*analyzer.Check, error) {
	if c := analyzer.CheckByID(s); c != nil {
		return c, nil
	}
	var ids []string
	for _, c := range analyzer.Checks {
		ids = append(ids, c.ID)
	}
	return nil, fmt.Errorf("unknown check %q (the checks are %s; -list-checks describes them)", s, strings.Join(ids, ", "))
}

// exposeAnalyzerFlags makes the analyzer's -checks, -contracts and -verbose flags
// available without the "viewcheck." prefix that unitchecker gives analyzer
// flags, so that "go vet -vettool=$(which viewcheck) -checks=VC1001 ./..."
// works like the standalone mode. go vet learns the names from the -flags
// query.
func exposeAnalyzerFlags() {
	for _, name := range []string{"checks", "contracts", "verbose"} {
		if f := analyzer.Analyzer.Flags.Lookup(name); f != nil && flag.Lookup(name) == nil {
			flag.Var(f.Value, name, f.Usage)
		}
	}
}
