package analyzer

import (
	"runtime/debug"

	"golang.org/x/tools/go/ssa"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
)

// runChecks runs the checks over every function model: the one place that
// walks a function's events and decides which check judges each write.
// Each check is a query over the same model (package alias).
//
// For each function, the checks' funcStart hooks run first, then every
// write event goes to the write rule of lowest rank that claims it, then
// the funcEnd hooks run. The write rules, by rank
// (written by go generate from the checks' registrations):
//
//   - 5, VC1007 overlap: a write by a call VC1007 reported for overlapping
//     operands: the call panics, or writes wrong values, before its write
//     means anything, and no other rule judges it.
//   - 7, VC1008 reset-view: a write through a view VC1008 reported a Reset
//     of: where it lands, past the view, is that finding's subject, and no
//     other rule judges it.
//   - 10, VC1005 readonly-write: a write through a read-only view. It
//     panics at run time, which comes before anything else wrong with it.
//   - 20, VC1003 lost-write: a write into a copy (Take, Mask, Flatten, a
//     copying Reshape), directly or through a definite view of it. A write
//     into a copy never reaches the base, so it is never a view write.
//   - 30, VC1004 layout-write: a write through a Reshape/Ravel result that
//     reaches the base for some layouts only. It is neither a definite view
//     write nor a definite lost write; a parameter VC1006 blamed is left to
//     that finding.
//   - 40, VC1001 view-write: any other write, reported through the nearest
//     named view of an array, once per view and function; a parameter
//     VC1006 blamed is left to that finding.
//
// VC1006 (arg-mutation) runs at funcStart and blames the parameters a
// function that returns a new array writes through: its finding names the
// cause, so VC1004 and VC1001 do not report those writes again. VC1002
// (stale-view) runs at funcEnd: it asks about views and the writes after
// them, not about one write.
func (c *checker) runChecks() {
	c.models.MergeClosures()
	for _, m := range c.funcs {
		if m.Fn.Synthetic != "" && m.Fn.Parent() == nil {
			continue // wrappers: their code is the method's
		}
		c.checkFuncSafely(m)
	}
}

// A funcRun is what the checks share over one function.
type funcRun struct {
	m *alias.Func
	// blamed holds the parameters' roots VC1006 reported a write
	// through: the other write rules leave them alone.
	blamed map[*alias.Root]bool
	// seenView holds the named views VC1001 reported a write through:
	// one finding per view.
	seenView map[*alias.Prov]bool
	// overlapping holds the calls VC1007 reported: their writes are its.
	overlapping map[ssa.Instruction]bool
	// reset holds, by root, the views VC1008 reported a Reset of: the
	// writes through them are its.
	reset map[*alias.Root]*alias.Prov
}

// checkFuncSafely runs the checks on one function; a failure skips the
// function (and says so under -verbose) instead of the package.
func (c *checker) checkFuncSafely(m *alias.Func) {
	defer func() {
		if r := recover(); r != nil {
			debugf("%s: internal error in checks, function skipped: %v\n%s", m.Fn, r, debug.Stack())
		}
	}()
	c.checkFunc(m)
}

func (c *checker) checkFunc(m *alias.Func) {
	f := &funcRun{m: m, blamed: make(map[*alias.Root]bool), seenView: make(map[*alias.Prov]bool)}
	for _, r := range registry {
		if r.hooks.funcStart != nil {
			r.hooks.funcStart(c, f)
		}
	}
	for _, ev := range m.Events {
		if ev.Kind != alias.Write {
			continue
		}
		for _, w := range writeRules {
			if w.claims(f, ev) {
				w.judge(c, f, ev)
				break
			}
		}
	}
	for _, r := range registry {
		if r.hooks.funcEnd != nil {
			r.hooks.funcEnd(c, f)
		}
	}
}

// runSyntaxChecks runs the checks that need only the package's syntax.
func (c *checker) runSyntaxChecks() {
	for _, r := range registry {
		if r.hooks.syntax != nil {
			c.runSyntaxCheck(r)
		}
	}
}

// runSyntaxCheck runs one check's syntax hook. A check that fails on code
// it does not expect loses its own findings in the package, not the
// others' (run's recover would drop the whole package); -verbose says so.
func (c *checker) runSyntaxCheck(r registered) {
	defer func() {
		if p := recover(); p != nil {
			debugf("%s: internal error in %s, its findings in this package are skipped: %v\n%s", c.pass.Pkg.Path(), r.check.ID, p, debug.Stack())
		}
	}()
	r.hooks.syntax(c)
}

// finishPackage runs the checks that come after all others.
func (c *checker) finishPackage() {
	for _, r := range registry {
		if r.hooks.packageEnd != nil {
			r.hooks.packageEnd(c)
		}
	}
}
