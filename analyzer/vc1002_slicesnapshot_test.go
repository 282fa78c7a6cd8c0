package analyzer

import "testing"

// TestGoAtLeast: the Go-slice fix of VC1002 stores slices.Clone(x) only
// where the file's Go version has the slices package (go1.21).
func TestGoAtLeast(t *testing.T) {
	for _, tc := range []struct {
		v    string
		want bool
	}{
		{"go1.21", true}, {"go1.21.3", true}, {"go1.26", true}, {"go1.22rc1", true},
		{"go1.20", false}, {"go1.18", false}, {"go1.9", false}, {"go2", true},
	} {
		if got := goAtLeast(tc.v, 21); got != tc.want {
			t.Errorf("goAtLeast(%q, 21) = %v, want %v", tc.v, got, tc.want)
		}
	}
}
