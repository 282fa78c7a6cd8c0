package analyzer

import (
	"fmt"
	"slices"
	"strings"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
)

// A Check is one kind of finding. Its ID is used in messages, suppressions
// (//lint:ignore VC1001 reason), check lists (-checks, [ParseChecks]), the
// CLI's -explain flag, SARIF rules and docs/checks.md#vc1001.
type Check struct {
	ID      string // "VC1001"
	Name    string // "view-write"
	Title   string // one line
	Text    string // what it finds, why it matters, what it does not report
	Before  string // code with the bug
	After   string // the same code fixed
	Fix     string // the suggested fix, in words
	Since   string // the viewcheck version that introduced it
	Default bool   // in the default set of a check list (ParseChecks)
	// Library names the library whose contracts the check relies on
	// ("gonum"), when it has nothing to find elsewhere; its example
	// program is then in docs/examples/<library>, a module requiring it.
	Library string
	// Slices lists the Go-slice bug classes the check finds in plain Go
	// code (SliceClasses: "A", "E"), nothing for a check about array
	// libraries only.
	Slices []string
	// SliceBefore and SliceAfter show the check on plain Go slices when
	// Before and After are about an array library.
	SliceBefore, SliceAfter string
}

// A SliceClass is one kind of aliasing bug Go programmers write with plain
// slices, arrays and borrowed buffers (docs/checks.md, "Go slices").
type SliceClass struct {
	Letter, Title string
}

// SliceClasses are the Go-slice bug classes, each found by the checks that
// list its letter in Slices.
var SliceClasses = []SliceClass{
	{"A", "append aliasing: two slices share one backing array while capacity lasts"},
	{"B", "a collected slice whose backing array keeps changing"},
	{"C", "a borrowed buffer kept after its owner reuses it"},
	{"D", "a callee changes its caller's slice"},
	{"E", "a write lost because its target is a copy, or an array an append left behind"},
	{"F", "a value keeps a slice its caller goes on changing"},
}

// Checks lists every check, in ID order. Each check's file,
// vcNNNN_name.go, registers it.
var Checks []*Check

// CheckByID returns the check with the given ID or name, in any case, or
// nil.
func CheckByID(id string) *Check {
	for _, c := range Checks {
		if strings.EqualFold(c.ID, id) || strings.EqualFold(c.Name, id) {
			return c
		}
	}
	return nil
}

// hooks are where a check's code plugs into the pass (see run and
// dispatch.go). A check sets the ones it needs. Every hook runs whether or
// not its check is enabled: report drops the findings of a disabled check,
// and what a check claims or blames still shapes what the others see, so
// that turning one check off never makes another report more.
type hooks struct {
	// syntax runs once per package, on its syntax and types alone,
	// before any model is made: in every package, whether or not it can
	// hold an array.
	syntax func(c *checker)
	// funcStart runs once per function model, before the function's
	// writes are dispatched.
	funcStart func(c *checker, f *funcRun)
	// write is the check's rule in the dispatch of write events.
	write *writeRule
	// funcEnd runs once per function model, after its writes.
	funcEnd func(c *checker, f *funcRun)
	// packageEnd runs once per package after all else: also in a package
	// that cannot hold an array, but not in one whose SSA form cannot be
	// built.
	packageEnd func(c *checker)
}

// A writeRule is a check's part in the dispatch of write events: of the
// rules that claim a write, the one of lowest rank judges it.
type writeRule struct {
	rank int
	// claims reports whether a write is the rule's to judge. A rule that
	// claims a write judges it even when it then reports nothing: the
	// rules ranked after it never see it.
	claims func(f *funcRun, ev *alias.Event) bool
	judge  func(c *checker, f *funcRun, ev *alias.Event)
	// doc says which writes the rule claims and why at its rank, for the
	// table in dispatch.go's comment (written by go generate).
	doc string

	check *Check // set by register
}

// A registered check, with its hooks.
type registered struct {
	check *Check
	hooks hooks
}

var (
	// registry lists the checks with their hooks, in ID order as Checks.
	registry []registered
	// writeRules lists the write rules by rank.
	writeRules []*writeRule
)

// register adds a check to Checks, in ID order, with its hooks. Each
// check's file calls it from its init function.
func register(c *Check, h hooks) {
	for _, r := range registry {
		if r.check.ID == c.ID || r.check.Name == c.Name {
			panic(fmt.Sprintf("check %s %s registered twice", c.ID, c.Name))
		}
	}
	i, _ := slices.BinarySearchFunc(registry, c.ID, func(r registered, id string) int { return strings.Compare(r.check.ID, id) })
	registry = slices.Insert(registry, i, registered{c, h})
	Checks = slices.Insert(Checks, i, c)
	if w := h.write; w != nil {
		w.check = c
		j, found := slices.BinarySearchFunc(writeRules, w.rank, func(r *writeRule, rank int) int { return r.rank - rank })
		if found {
			panic(fmt.Sprintf("checks %s and %s have the same write rank %d", writeRules[j].check.ID, c.ID, w.rank))
		}
		writeRules = slices.Insert(writeRules, j, w)
	}
}
