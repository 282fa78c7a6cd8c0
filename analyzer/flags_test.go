package analyzer

import (
	"testing"
)

func TestEnabledChecks(t *testing.T) {
	all := map[string]bool{}
	for _, c := range Checks {
		all[c.ID] = true
	}
	allBut := func(ids ...string) map[string]bool {
		m := map[string]bool{}
		for k := range all {
			m[k] = true
		}
		for _, id := range ids {
			m[id] = false
		}
		return m
	}
	tests := []struct {
		spec string
		want map[string]bool
	}{
		{"all", all},
		{"", all},
		{"-VC1004", allBut("VC1004")},
		{"all,-VC1004,-VC1002", allBut("VC1004", "VC1002")},
		{"VC1001,vc1003", map[string]bool{"VC1001": true, "VC1003": true}},
		{"view-write", map[string]bool{"VC1001": true}},
	}
	for _, tt := range tests {
		got, err := enabledChecks(tt.spec)
		if err != nil {
			t.Errorf("enabledChecks(%q): %v", tt.spec, err)
			continue
		}
		for id := range all {
			if got[id] != tt.want[id] {
				t.Errorf("enabledChecks(%q)[%s] = %v, want %v", tt.spec, id, got[id], tt.want[id])
			}
		}
	}
	if _, err := enabledChecks("VC9999"); err == nil {
		t.Error("enabledChecks accepted an unknown check")
	}
}
