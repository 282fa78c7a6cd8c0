package analyzer_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/viewcheck/viewcheck/analyzer"
)

// checkListCase is a check list and the checks it runs, or the error it
// gives. cmd/viewcheck and golangci run the same lists through their own
// entry points and compare with ParseChecks, which these cases pin down.
type checkListCase struct {
	spec string
	want []string // the checks that run, in ID order
	err  string   // part of the error; "" for a valid list
}

// every lists every check's ID; every check is on by default.
var every = func() []string {
	var ids []string
	for _, c := range analyzer.Checks {
		ids = append(ids, c.ID)
	}
	return ids
}()

// but is every check except ids.
func but(ids ...string) []string {
	var out []string
	for _, id := range every {
		if !slices.Contains(ids, id) {
			out = append(out, id)
		}
	}
	return out
}

var checkListCases = []checkListCase{
	{spec: "", want: every},
	{spec: "  ", want: every},
	{spec: "all", want: every},
	{spec: "ALL", want: every},
	{spec: "*", want: every},
	{spec: "VC1001", want: []string{"VC1001"}},
	{spec: "vc1001", want: []string{"VC1001"}},
	{spec: "view-write", want: []string{"VC1001"}},
	{spec: "View-Write", want: []string{"VC1001"}},
	{spec: "VC1001,vc1003", want: []string{"VC1001", "VC1003"}},
	{spec: " VC1001 , VC1002 ", want: []string{"VC1001", "VC1002"}},
	// A list that starts by turning a check off edits the defaults.
	{spec: "-VC1004", want: but("VC1004")},
	{spec: "-VC1004,VC1001", want: but("VC1004")},
	{spec: "-VC1004,-layout-write", want: but("VC1004")},
	{spec: "all,-VC1004", want: but("VC1004")},
	{spec: "*,-VC1004,-VC1002", want: but("VC1004", "VC1002")},
	// Left to right: the last word on a check wins.
	{spec: "VC1001,-VC1001", want: nil},
	{spec: "-VC1001,VC1001", want: every},
	{spec: "all,-all,VC1005", want: []string{"VC1005"}},
	{spec: "-all", want: nil},
	{spec: "-*", want: nil},
	// VC1000 is a check like the others.
	{spec: "VC1000", want: []string{"VC1000"}},
	{spec: "bad-directive,VC1001", want: []string{"VC1000", "VC1001"}},
	{spec: "-VC1000", want: but("VC1000")},
	{spec: "all,-vc1000", want: but("VC1000")},
	// Mistakes.
	{spec: "VC9999", err: `unknown check "VC9999"`},
	{spec: "-VC9999", err: `unknown check "VC9999"`},
	{spec: "VC1001,view-writes", err: `unknown check "view-writes"`},
	{spec: "--VC1001", err: `unknown check "-VC1001"`},
	{spec: "-", err: `empty item "-"`},
	{spec: "VC1001,", err: `empty item ""`},
	{spec: "VC1001,,VC1002", err: `empty item ""`},
	{spec: "VC1001, - ,VC1002", err: `empty item "-"`},
}

// selected lists the IDs a set turns on, in ID order.
func selected(set map[string]bool) []string {
	var ids []string
	for _, c := range analyzer.Checks {
		if set[c.ID] {
			ids = append(ids, c.ID)
		}
	}
	return ids
}

func TestParseChecks(t *testing.T) {
	var ids []string
	for _, c := range analyzer.Checks {
		ids = append(ids, c.ID)
		if !c.Default {
			t.Errorf("%s is off by default; the cases assume every check is on", c.ID)
		}
	}
	if !slices.Equal(ids, every) {
		t.Fatalf("analyzer.Checks has %v, the cases know %v", ids, every)
	}
	for _, tc := range checkListCases {
		got, err := analyzer.ParseChecks(tc.spec)
		if !errorMatches(err, tc.err) {
			t.Errorf("ParseChecks(%q): error %v, want one with %q", tc.spec, err, tc.err)
			continue
		}
		if err != nil {
			// An error lists what would have been valid.
			if !strings.Contains(tc.err, "empty") && !strings.Contains(err.Error(), strings.Join(every, ", ")) {
				t.Errorf("ParseChecks(%q): error %q does not list the checks", tc.spec, err)
			}
			continue
		}
		if len(got) != len(analyzer.Checks) {
			t.Errorf("ParseChecks(%q) = %v, want an entry for each check", tc.spec, got)
		}
		if s := selected(got); !slices.Equal(s, tc.want) {
			t.Errorf("ParseChecks(%q) selects %v, want %v", tc.spec, s, tc.want)
		}
	}
}

// TestParseChecksDefaults tells the default set apart from all, which is
// the same set while every check is on by default.
func TestParseChecksDefaults(t *testing.T) {
	c := analyzer.CheckByID("VC1006")
	c.Default = false
	t.Cleanup(func() { c.Default = true })
	for _, tc := range []checkListCase{
		{spec: "", want: but("VC1006")},
		{spec: "-VC1004", want: but("VC1004", "VC1006")},
		{spec: "-VC1004,VC1001", want: but("VC1004", "VC1006")},
		{spec: "-VC1004,VC1006", want: but("VC1004")},
		{spec: "all", want: every},
		{spec: "all,-VC1004", want: but("VC1004")},
		{spec: "VC1006", want: []string{"VC1006"}},
	} {
		got, err := analyzer.ParseChecks(tc.spec)
		if err != nil {
			t.Errorf("ParseChecks(%q): %v", tc.spec, err)
		} else if s := selected(got); !slices.Equal(s, tc.want) {
			t.Errorf("with VC1006 off by default, ParseChecks(%q) selects %v, want %v", tc.spec, s, tc.want)
		}
	}
}

// TestChecksFlag runs the analyzer, with each list as its -checks flag (as
// go vet, nogo and golangci-lint set it), on a package with a finding of
// every check, and compares the checks reported with the list's meaning.
func TestChecksFlag(t *testing.T) {
	pkgs := loadEvery(t, testdata(t))
	f := analyzer.Analyzer.Flags.Lookup("checks")
	saved := f.Value.String()
	t.Cleanup(func() { f.Value.Set(saved) })
	for _, tc := range checkListCases {
		if err := analyzer.Analyzer.Flags.Set("checks", tc.spec); !errorMatches(err, tc.err) {
			t.Errorf("-checks=%q: error %v, want one with %q", tc.spec, err, tc.err)
			continue
		} else if err != nil {
			continue
		}
		if got := reported(t, pkgs); !slices.Equal(got, tc.want) {
			t.Errorf("-checks=%q reports %v, want %v", tc.spec, got, tc.want)
		}
	}
}

func errorMatches(err error, want string) bool {
	if err == nil || want == "" {
		return err == nil && want == ""
	}
	return strings.Contains(err.Error(), want)
}

// loadEvery loads checklist/every from the testdata module in dir.
func loadEvery(t *testing.T, dir string) []*packages.Package {
	t.Helper()
	analyzer.EnsureTestdataModules(t, dir)
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  dir,
		Env:  append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOFLAGS=-mod=mod"),
	}
	pkgs, err := packages.Load(cfg, "viewcheck.test/checklist/every")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("checklist/every does not load")
	}
	return pkgs
}

// reported runs the analyzer on pkgs and lists the checks it reports, in
// ID order.
func reported(t *testing.T, pkgs []*packages.Package) []string {
	t.Helper()
	graph, err := checker.Analyze([]*analysis.Analyzer{analyzer.Analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	set := make(map[string]bool)
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Fatal(act.Err)
		}
		for _, d := range act.Diagnostics {
			set[d.Category] = true
		}
	}
	return selected(set)
}
