package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/viewcheck/viewcheck/analyzer"
)

// directiveCheck is the ID of the analyzer's report about a //lint:ignore
// directive without a reason. It is not in analyzer.Checks because it
// finds no aliasing bug, but -checks can turn it off like any other.
const directiveCheck = "VC1000"

// parseChecks turns a -checks value into the set of enabled check IDs.
// The value is a comma-separated list of check IDs or names, "all", and
// "-ID" to turn one off, applied left to right. A list that starts with a
// check to turn on starts from nothing; one that starts with "-ID" starts
// from the default checks.
func parseChecks(spec string) (map[string]bool, error) {
	enabled := make(map[string]bool)
	setDefaults := func() {
		for _, c := range analyzer.Checks {
			enabled[c.ID] = c.Default
		}
		enabled[directiveCheck] = true
	}
	spec = strings.TrimSpace(spec)
	if spec == "" {
		setDefaults()
		return enabled, nil
	}
	for i, item := range strings.Split(spec, ",") {
		item = strings.TrimSpace(item)
		off := strings.HasPrefix(item, "-")
		item = strings.TrimPrefix(item, "-")
		if i == 0 && off {
			setDefaults()
		}
		if item == "" {
			return nil, fmt.Errorf("-checks %q: empty entry", spec)
		}
		if strings.EqualFold(item, "all") {
			for _, c := range analyzer.Checks {
				enabled[c.ID] = !off
			}
			enabled[directiveCheck] = !off
			continue
		}
		id, err := checkID(item)
		if err != nil {
			return nil, fmt.Errorf("-checks %q: %v", spec, err)
		}
		enabled[id] = !off
	}
	return enabled, nil
}

// checkID resolves a check ID (any case) or name to its ID.
func checkID(s string) (string, error) {
	if strings.EqualFold(s, directiveCheck) {
		return directiveCheck, nil
	}
	if c := analyzer.CheckByID(s); c != nil {
		return c.ID, nil
	}
	var ids []string
	for _, c := range analyzer.Checks {
		ids = append(ids, c.ID)
	}
	return "", fmt.Errorf("unknown check %q (the checks are %s; -list-checks describes them)", s, strings.Join(ids, ", "))
}

// analyzerChecksSpec writes an enabled set as an explicit list of the
// analyzer's check IDs, "VC1001,VC1003", which means the same under any
// reading of a -checks value.
func analyzerChecksSpec(enabled map[string]bool) string {
	var ids []string
	for _, c := range analyzer.Checks {
		if enabled[c.ID] {
			ids = append(ids, c.ID)
		}
	}
	if len(ids) == 0 {
		// Every check is off; an empty list would read as the default.
		return "-all"
	}
	return strings.Join(ids, ",")
}

// analyzerChecksFlag returns the analyzer's own -checks flag, or nil if the
// analyzer does not define one.
func analyzerChecksFlag() *flag.Flag {
	return analyzer.Analyzer.Flags.Lookup("checks")
}

// exposeAnalyzerFlags makes the analyzer's -checks and -verbose flags
// available without the "viewcheck." prefix that unitchecker gives analyzer
// flags, so that "go vet -vettool=$(which viewcheck) -checks=VC1001 ./..."
// works like the standalone mode. go vet learns the names from the -flags
// query.
func exposeAnalyzerFlags() {
	for _, name := range []string{"checks", "verbose"} {
		if f := analyzer.Analyzer.Flags.Lookup(name); f != nil && flag.Lookup(name) == nil {
			flag.Var(f.Value, name, f.Usage)
		}
	}
}
