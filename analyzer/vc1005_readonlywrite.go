package analyzer

import (
	"golang.org/x/tools/go/analysis"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
)

// ReadonlyWrite is the ID of check VC1005, readonly-write.
const ReadonlyWrite = "VC1005"

// VC1005's write rule comes first: a write through a read-only view
// panics, whatever else it does.
func init() {
	register(readonlyWrite, hooks{write: &writeRule{
		rank:   10,
		claims: func(_ *funcRun, ev *alias.Event) bool { return ev.Prov.ReadOnly },
		judge:  func(c *checker, f *funcRun, ev *alias.Event) { c.checkReadOnly(f.m, ev) },
		doc:    "a write through a read-only view. It panics at run time, which comes before anything else wrong with it.",
	}})
}

// readonlyWrite is VC1005's entry in Checks.
var readonlyWrite = &Check{
	ID: ReadonlyWrite, Name: "readonly-write", Since: "0.1.0", Default: true,
	Title: "A write through a read-only view panics at run time",
	Text: `` + "`BroadcastTo`" + ` and ` + "`Diagonal`" + ` return read-only views: a broadcast view repeats the same memory many times, so a
write to one element would change a whole row or column. VC1005 reports any write, through a named view
or not, through such a view, a view of it, or the result of your function that returns one.

Why it matters: the library refuses the write and panics ("cannot write to a read-only view"). The
analyzer finds it before the program runs.

Nothing is left out on purpose: every such write panics.`,
	Before: `row := ndarray.FromSlice([]float64{1, 2, 3})
grid := row.BroadcastTo(3, 3)
grid.Set(0, 1, 1) // VC1005: panics`,
	After: `row := ndarray.FromSlice([]float64{1, 2, 3})
grid := row.BroadcastTo(3, 3).Copy() // 9 elements of its own
grid.Set(0, 1, 1)`,
	Fix: "Append `.Copy()` where the read-only view is made, to get a writable array of the full shape. The fix is offered only when the written array is used afterwards: a write meant for a matrix's diagonal needs `Set(v, i, i)` on the matrix instead, and a copy would silently drop it.",
}

// VC1005: a write through a read-only view panics.
func (c *checker) checkReadOnly(m *alias.Func, ev *alias.Event) {
	p := ev.Prov
	what := "a read-only view"
	if p.ROSite != nil {
		what = "a read-only view made by " + c.calleeName(p.ROSite)
	}
	f := finding{
		check: ReadonlyWrite,
		pos:   ev.Pos,
		msg:   sprintf("write through %s, %s: the library refuses it and this panics at run time", quote(c.nameOf(p)), what),
	}
	if p.ROSite != nil {
		f.related = []analysis.RelatedInformation{related(p.ROSite.Pos(), "the read-only view is made here")}
		// A copy only helps when the written values are used afterwards:
		// otherwise it turns the panic into a silent lost write (a write
		// meant for a diagonal needs a different fix).
		if ro := m.Provs[p.ROSite]; ro != nil && ro.Named && m.ReadAfter(ev, ro) {
			f.fixes = c.copyFix(p.ROSite, "the read-only view")
		}
	}
	c.report(f)
}
