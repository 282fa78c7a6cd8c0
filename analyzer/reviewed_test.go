package analyzer_test

import (
	"sort"
	"testing"
)

// A reviewRound is a round of independent review that added programs to
// the corpus. The programs live with all the others, under the check they
// test; each of their files says which round wrote it with a line
// "Review: <round>" at the end of its file comment (TestReviewRounds).
type reviewRound struct {
	name  string
	min   int    // packages the round contributed; fewer means some were lost
	brief string // what the reviewer was asked to do
}

var reviewRounds = []reviewRound{
	{"redteam", 60, "An independent reviewer wrote realistic numerical code (image processing, simulation, training loops, finance, signal processing) from the checks' contract alone, without reading the analyzer or the rest of the corpus: about half bugs the contract says to report, half correct code that must stay quiet, with varied control flow (loops, branches, closures, method values, generics, goroutines, channels, defer, struct fields, maps, helpers in other packages, recursion)."},
	{"redteam2", 60, "A second independent reviewer, from the contract and docs/checks.md, without reading the corpus: about two thirds realistic correct code that must stay quiet (kernels, factorizations, training loops, double buffers, pipelines, struct models, generics, iterators, goroutines), the rest bugs the contract says to report. Only programs whose expectation follows from the contract without doubt were kept."},
	{"redteam3", 25, "A reviewer asked to break two features: disjointness of slices on any axis (alias.Disjoint, sliceRegion) and summaries of mutually recursive functions (the cycle* programs). Every program runs and prints the aliasing it is about."},
	{"redteam4", 17, "A reviewer asked to break three features: the part of its argument a helper's result selects (resultAxes/callRegion, also across packages through crosspkg/xsplit), the base directive of Base, and views carried around loops. Every main package runs and prints the aliasing it is about."},
}

// knownMisses lists the programs (by directory below testdata) whose
// expectations the analyzer does not meet yet, with the reason. Their
// analysistest errors are expected; any other program's are failures, and
// so is a listed program that now passes (TestKnownMisses), so that the
// list stays true. testdata/INDEX.md shows each check's known misses.
var knownMisses = map[string]string{
	"vc1001-view-write/bug/cycleclosure": "recursion through a closure held in a variable is a dynamic call: its writes are not followed (line 51; the direct closure cycle on line 56 is reported)",
	"vc1001-view-write/quiet/xorder":     "a method returning parts of a struct's field (Table.Band) has no recorded selection, since the field may hold another array or be re-sliced between calls (bug/fieldwindows, bug/advance): writing one band and reading the other is reported (a false VC1001, line 40)",
	"vc1001-view-write/bug/flag":         "a helper that returns one of two parts depending on a flag has no single selection: writing its result and reading the other part is reported (a false VC1001, line 34)",
	"vc1002-stale-view/bug/loopheapvar":  "VC1002 does not follow a snapshot that comes out of a helper returning two results (line 25; the local array case is reported)",
	"vc1002-stale-view/bug/loopphi":      "VC1002 does not follow a snapshot that comes out of a helper returning two results",
	"vc1001-view-write/bug/closureparts": "a function literal returning a slice of a captured array is summarized in terms of the outer function's parameters, so its calls are not followed",
}

// TestKnownMisses keeps knownMisses true: every listed program exists and
// still fails its expectations.
func TestKnownMisses(t *testing.T) {
	l := scanCorpus(t)
	byProg := errorsByProgram(t)
	progs := make([]string, 0, len(knownMisses))
	for p := range knownMisses {
		progs = append(progs, p)
	}
	sort.Strings(progs)
	for _, p := range progs {
		why := knownMisses[p]
		switch {
		case l.programs[p] == nil:
			t.Errorf("%s is listed in knownMisses but is no program of the corpus", p)
		case why == "":
			t.Errorf("%s is listed in knownMisses without a reason", p)
		case len(byProg[p]) == 0:
			t.Errorf("%s now meets its expectations (it was listed because %s): remove it from knownMisses", p, why)
		}
	}
}

// TestReviewRounds checks that every "Review:" line names a round of
// reviewRounds and that each round still has the packages it contributed.
func TestReviewRounds(t *testing.T) {
	l := scanCorpus(t)
	count := map[string]int{}
	for _, pkg := range l.pkgs {
		if pkg.round != "" {
			count[pkg.round]++
		}
	}
	known := map[string]bool{}
	for _, r := range reviewRounds {
		known[r.name] = true
		if count[r.name] < r.min {
			t.Errorf("review round %s: %d packages say \"Review: %s\", want at least %d", r.name, count[r.name], r.name, r.min)
		}
	}
	for _, pkg := range l.pkgs {
		if pkg.round != "" && !known[pkg.round] {
			t.Errorf("%s: \"Review: %s\" names no round of reviewRounds", pkg.rel, pkg.round)
		}
	}
}
