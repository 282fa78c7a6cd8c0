package analyzer

import (
	"golang.org/x/tools/go/analysis"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
)

// LostWrite is the ID of check VC1003, lost-write.
const LostWrite = "VC1003"

// VC1003's write rule judges the writes into copies.
func init() {
	register(lostWrite, hooks{write: &writeRule{
		rank: 20,
		claims: func(_ *funcRun, ev *alias.Event) bool {
			return ev.Prov.Root.Kind == alias.RootCopy && ev.Prov.Rel != alias.MayView
		},
		judge: func(c *checker, f *funcRun, ev *alias.Event) { c.checkLostWrite(f.m, ev) },
		doc: "a write into a copy (Take, Mask, Flatten, a copying Reshape), directly or through a definite view of it. " +
			"A write into a copy never reaches the base, so it is never a view write.",
	}})
}

// lostWrite is VC1003's entry in Checks.
var lostWrite = &Check{
	ID: LostWrite, Name: "lost-write", Since: "0.1.0", Default: true,
	Title: "A write into a copy is never read, while the original is",
	Text: `` + "`Take`" + ` (fancy indexing), ` + "`Mask`" + ` (boolean indexing), ` + "`Flatten`" + `, and a ` + "`Reshape`/`Ravel`" + ` of an array that
is known not to be contiguous (a transposed matrix, a stepped slice) return copies. VC1003 reports a
write into such a copy (directly, or by passing it to a function that writes through its parameter)
when the copy is never used again (not read, returned, stored or passed on) and the array it was
copied from is read afterwards.

Why it matters: the write goes nowhere. The code reads the original as if it had been updated, and it
has not: NumPy's ` + "`a[[1, 2]][0] = 100`" + ` and pandas' chained assignment are the same bug.

Not reported: a copy that is read after the write (a copy used on its own); a ` + "`Take`" + `, change, ` + "`Put`" + ` round
trip; an explicit ` + "`.Copy()`" + `; an original that is not read afterwards.`,
	Before: `scores := ndarray.FromSlice([]int{50, 72, 38, 91, 64})
failing := []int{0, 2}
low := scores.Take(failing, 0)
low.Fill(60)        // VC1003: only the copy changes
fmt.Println(scores) // [50 72 38 91 64]`,
	After: `scores := ndarray.FromSlice([]int{50, 72, 38, 91, 64})
failing := []int{0, 2}
low := scores.Take(failing, 0)
low.Fill(60)
scores.Put(failing, 0, low) // write the copy back
fmt.Println(scores)         // [60 72 60 91 64]`,
	Fix: "Write the copy back with `Put` (after `Take`) or `PutMask` (after `Mask`), or make the change through a view of the original instead of a copy.",
}

// VC1003: a write into a copy that is never read again, while the
// original is.
func (c *checker) checkLostWrite(m *alias.Func, ev *alias.Event) {
	root := ev.Prov.Root
	src := root.Source
	if src == nil {
		return
	}
	for _, e := range m.Events {
		if e.Prov.Root != root || e.Instr == ev.Instr {
			continue
		}
		if e.Kind == alias.Escape {
			return // stored or returned: someone may read it
		}
		if e.Kind == alias.Read && m.After(ev.Instr, e.Instr) {
			return
		}
	}
	rd := m.UseAfter(ev, src.Root, nil, false)
	if rd == nil {
		return
	}
	orig := c.rootName(m, src.Root)
	if b := m.EffectiveBase(src); src.Rel != alias.Own && b != nil {
		orig = c.baseName(m, src)
	} else if n := c.nameOf(src); src.Named || orig == "the array" {
		orig = n
	}
	copyName := c.nameOf(m.Provs[root.Site])
	maker := c.calleeName(root.Site)
	f := finding{
		check: LostWrite,
		pos:   ev.Pos,
		msg: sprintf("this write goes into %s, a copy made by %s, and is lost: the copy is never read again, while %s, which the write does not change, is read afterwards",
			quote(copyName), maker, quote(orig)),
		related: []analysis.RelatedInformation{
			related(root.Site.Pos(), "the copy is made here (%s copies)", maker),
			related(rd.Pos, "%s is read here, unchanged", orig),
		},
	}
	f.fixes = c.writeBackFix(m, ev, root)
	c.report(f)
}
