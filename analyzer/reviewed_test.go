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

	"vc1010-arg-reorder/bug/gradientscratch": "gonum commit 85a23c46's shape: the slice is handed to a function value (the user's f), whose effect on its argument a syntactic check cannot know; VC1010 follows static callees only, and guessing for every callback would report every helper that calls one",
	// Go-slice programs (VC1002).
	"vc1002-stale-view/bug/slicepermiter": "the collected slice is permuted by the iterator that kept it (New(a) stores a in a field, Next writes through the field, line 45): VC1002's Go-slice rule follows writes of the slice itself, and of callees that write a slice parameter (by fact), not a slice kept by a value and written later through it (gitchander/permutation#1; class F, a callee that keeps its argument)",
	// Go-slice programs (VC1009).
	"vc1009-kept-write/bug/slicefieldholder": "the value that keeps the slice is stored in a field of another value (srv.pending = NewQueue(s), line 21): VC1009's Go-slice half follows a keeping value held in a local variable or stored in a local slice or map, not in a field, whose later reads may be anywhere",

	// gonum programs.
	"vc1001-view-write/bug/gonumgramschmidt": "a write through a view made inside the loop (qj := q.ColView(j), lines 25 and 27) is exempt as a per-iteration view, and the exemption also hides that q, a named Slice of a made before the loop (line 20), is written through it while a is read afterwards (rr.Mul, line 30); q.Set(j, j, 1) in the same loop is reported",
	"vc1001-view-write/bug/gonumrawrow":      "the []float64 that RawRowView returns (line 14) is not followed as a view of the matrix: writes through its elements (line 20) are not writes of counts, which is read afterwards (line 23); writes through RawMatrix().Data of a named view are followed (bug/gonumrawdata)",
	"vc1002-stale-view/bug/gonumrawswap":     "the []float64 that RawRowView returns is not followed as a view of the matrix, so tmp (line 14) is not known to be row i itself, which the first copy (line 15) overwrites before the second reads it",
	"vc1002-stale-view/bug/gonumoptimizer":   "the iterate and its snapshot live only in struct fields (o.x, o.prev), written and read in different methods: a matrix held only in a field is not tracked as a base, so the snapshot o.prev = o.x.SliceVec(...) (line 20), the overwrite (line 21) and the read (line 26) are not connected",
	"vc1002-stale-view/bug/gonumlogchan":     "the views sent on the channel (line 21) are received and read only inside a goroutine's function literal (lines 24-26); the reads of a channel's elements are followed in the function that sends them (a receive loop in main is reported), not in a function literal",
	"vc1002-stale-view/bug/gonumaliasold":    "old := x copies the *mat.VecDense pointer (line 17): the snapshot is the same matrix, not a view made by a view function, and VC1002 considers only views, so the overwrite (line 18) and the read of old are not connected",
	"vc1002-stale-view/bug/gonumcheckpoints": "the view is stored in a map after the write in the loop body (lines 17-18), so only the next iteration's write overwrites it: this loop-carried overwrite is followed for views appended to a slice or sent on a channel, not for views stored in a map (with ndarray too)",
	"vc1002-stale-view/bug/gonumhistory":     "the view is stored by a method call (h.record(x.SliceVec(0, 2)), line 25, appends its argument to a field): VC1002 counts a view as stored only where the function stores it itself (append, map, field, channel), not when it passes it to a callee that keeps it, whether the container is generic or not",
	"vc1002-stale-view/quiet/gonumstaterows": "a false VC1002 (line 24): SetRow(1, ...) is taken to overwrite the whole state matrix (SetRow's row is not a region), and x, the RowView of row 0 updated in place afterwards (line 26), is taken for a snapshot written back into it",
	"vc1007-overlap/bug/gonumlagdims":        "the bounds come from Dims (SliceVec(1, r) and SliceVec(0, r-1), line 18): VC1007 decides overlap for constant bounds only, and does not see that [1, r) and [0, r-1) meet for every r > 2",
	"vc1007-overlap/bug/gonumsamerow":        "the receiver and the operand are RowViews of the same non-constant row (sums.RowView(k) twice, lines 18-19): VC1007 proves two views identical for constant indices only, not for the same index variable",

	// Go slices.
	"vc1012-append-alias/bug/scannedcolumns": "the base of the append is a call's result (r.column(0) returns r.buf[a:b] without capping it, line 18): VC1012 follows appends on variables and fields, not on what a call returns; the fix belongs in column (buf[a:b:b])",

	// VC1013.
	"vc1013-borrowed-buffer/bug/keptbycallee": "the scanned line is passed to a method that keeps it (h.add appends its parameter to a field, line 14): VC1013 follows a loan only where the function stores, sends or reads it itself, not into callees that keep their arguments",
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
