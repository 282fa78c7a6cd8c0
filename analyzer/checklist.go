package analyzer

import (
	"fmt"
	"strings"
)

// ParseChecks returns the checks a check list selects: an entry for every
// check in [Checks], true for the checks to run. It is the one reading of
// the analyzer's -checks flag, which go vet, the viewcheck command and the
// golangci-lint plugin's checks setting all hand to the analyzer, so that a
// list means the same wherever it is written.
//
// A list is comma-separated, and spaces around an item are ignored. An
// item is
//
//   - a check's ID in any case (VC1001, vc1001) or its name (view-write),
//   - all, or its synonym *, for every check, including those off by default,
//   - either of these after a -, to turn the checks off instead of on.
//
// Items apply from left to right, a later one overriding an earlier one
// ("VC1001,-VC1001" selects nothing). The first item decides where the
// list starts. A list that starts by turning a check off edits the default
// set, the checks whose Default is true: "-VC1004" is the defaults but
// VC1004, and so is "-VC1004,VC1001". A list that starts by turning checks
// on starts from nothing: "VC1001" runs VC1001 alone, and "all,-VC1004"
// every check but VC1004. An empty list selects the default set.
//
// An empty item (a lone -, a doubled or trailing comma) and an unknown
// check are errors, which name the item and list the check IDs.
func ParseChecks(spec string) (map[string]bool, error) {
	enabled := make(map[string]bool, len(Checks))
	for _, c := range Checks {
		enabled[c.ID] = false
	}
	if strings.TrimSpace(spec) == "" {
		for _, c := range Checks {
			enabled[c.ID] = c.Default
		}
		return enabled, nil
	}
	for i, item := range strings.Split(spec, ",") {
		item = strings.TrimSpace(item)
		name, off := strings.CutPrefix(item, "-")
		if i == 0 && off {
			for _, c := range Checks {
				enabled[c.ID] = c.Default
			}
		}
		switch {
		case name == "":
			// Most likely a check was lost in editing the list; running
			// the rest silently would hide that.
			return nil, fmt.Errorf("empty item %q in check list %q", item, spec)
		case strings.EqualFold(name, "all") || name == "*":
			for _, c := range Checks {
				enabled[c.ID] = !off
			}
		default:
			c := CheckByID(name)
			if c == nil {
				return nil, fmt.Errorf("unknown check %q (the checks are %s, or all)", name, strings.Join(checkIDs(), ", "))
			}
			enabled[c.ID] = !off
		}
	}
	return enabled, nil
}

func checkIDs() []string {
	ids := make([]string, len(Checks))
	for i, c := range Checks {
		ids[i] = c.ID
	}
	return ids
}
