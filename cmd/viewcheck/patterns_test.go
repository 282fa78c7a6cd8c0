package main

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/packages"
)

func TestPatternMatchesAny(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	pkg := func(rel, path string) *packages.Package {
		return &packages.Package{ID: path, PkgPath: path, Dir: filepath.Join(wd, rel)}
	}
	pkgs := []*packages.Package{pkg("vwsplit", "m/vwsplit"), pkg("a/b", "m/a/b")}
	tests := []struct {
		pat  string
		want bool
	}{
		{"./vwsplit", true},
		{"./vw...", true},
		{"./a/...", true},
		{"./a", false},
		{"./...", true},
		{"./x...", false},
		{"m/...", true},
		{"m/a/b", true},
		{"other/...", false},
		{"std", true},
	}
	for _, tt := range tests {
		if got := patternMatchesAny(tt.pat, pkgs); got != tt.want {
			t.Errorf("patternMatchesAny(%q) = %v, want %v", tt.pat, got, tt.want)
		}
	}
}
