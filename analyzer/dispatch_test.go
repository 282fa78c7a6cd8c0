package analyzer

import "testing"

// TestSyntaxCheckPanicIsolated: a syntax hook that panics loses its own
// check's work in the package, and the checks after it still run.
func TestSyntaxCheckPanicIsolated(t *testing.T) {
	c, _, _ := flowFixture(t, "package p\n\nfunc f() {}\n")
	saved := registry
	defer func() { registry = saved }()
	ran := false
	registry = []registered{
		{&Check{ID: "VC9998"}, hooks{syntax: func(*checker) { panic("boom") }}},
		{&Check{ID: "VC9999"}, hooks{syntax: func(*checker) { ran = true }}},
	}
	c.runSyntaxChecks()
	if !ran {
		t.Error("the check after a panicking one did not run")
	}
}
