package analyzer

import (
	"golang.org/x/tools/go/analysis"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
)

// LayoutWrite is the ID of check VC1004, layout-write.
const LayoutWrite = "VC1004"

// VC1004's write rule judges the writes through a Reshape/Ravel result of
// unknown layout.
func init() {
	register(layoutWrite, hooks{write: &writeRule{
		rank:   30,
		claims: func(_ *funcRun, ev *alias.Event) bool { return ev.Prov.MayViewLink() != nil },
		judge: func(c *checker, f *funcRun, ev *alias.Event) {
			if mv := ev.Prov.MayViewLink(); !f.blamed[ev.Prov.Root] && c.isArray(mv.Value.Type()) {
				c.checkLayoutWrite(f.m, ev)
			}
		},
		doc: "a write through a Reshape/Ravel result that reaches the base for some layouts only. " +
			"It is neither a definite view write nor a definite lost write; a parameter VC1006 blamed is left to that finding.",
	}})
}

// layoutWrite is VC1004's entry in Checks.
var layoutWrite = &Check{
	ID: LayoutWrite, Name: "layout-write", Since: "0.1.0", Default: true,
	Title: "A write through a Reshape/Ravel result reaches the base only for some layouts",
	Text: `` + "`Reshape`" + ` and ` + "`Ravel`" + ` return a view when the input's memory layout allows it and a copy otherwise (NumPy's
rules). VC1004 reports a write through their result when the input's layout is not known where the
call is made (a parameter, a slice whose contiguity depends on its bounds), and the input is read
afterwards: the write reaches the input for some callers and is lost for others.

Why it matters: the same function works in a test with a fresh array and silently does nothing for a
transposed or sliced one (NumPy's ` + "`y = x.ravel(); y[0] = 9999`" + `). Whichever behaviour the code relies on, it
gets the other one for some inputs.

Where the layout is known, VC1004 stays quiet and the other checks apply: a fresh array
(` + "`Zeros`, `Arange`, `FromSlice`, `Copy`" + `, a result of ` + "`Add`" + `) gives a definite view (VC1001),
a transposed matrix or a stepped slice gives a copy (VC1003). Also not reported: a ` + "`Reshape`" + ` of a
temporary (` + "`ndarray.Arange[float64](6).Reshape(2, 3)`" + `), and a local input that is not read after the write.
A write through a reshaped parameter is reported even when the function does not read it again: such a
function exists to change its caller's array, and does so only for some layouts.`,
	Before: `func clearFirst(m *ndarray.Array[float64]) float64 {
	flat := m.Ravel()
	flat.Set(0, 0) // VC1004: reaches m only when m is contiguous
	return ndarray.Sum(m)
}`,
	After: `func clearFirst(m *ndarray.Array[float64]) float64 {
	flat := m.Ravel().Copy() // independent of m, whatever its layout
	flat.Set(0, 0)
	return ndarray.Sum(flat)
}`,
	Fix: "Append `.Copy()` to the `Reshape`/`Ravel` result when the code needs an independent array; when it must change the input, write through an explicit view (`Slice`, `Set` with the input's own indices) instead.",
}

// VC1004: a write through a Reshape/Ravel result that reaches the base
// only for some layouts.
func (c *checker) checkLayoutWrite(m *alias.Func, ev *alias.Event) {
	mv := ev.Prov.MayViewLink()
	root := ev.Prov.Root
	var rd *alias.Event
	if root.Kind != alias.RootParam {
		if rd = m.UseAfter(ev, root, mv, false); rd == nil {
			return
		}
	}
	base := c.baseName(m, mv)
	maker := c.calleeName(mv.Site)
	f := finding{
		check: LayoutWrite,
		pos:   ev.Pos,
		msg: sprintf("%s, made by %s, is a view of %s only when %s's memory layout allows it and a copy otherwise: whether this write changes %s depends on the layout",
			quote(c.nameOf(mv)), maker, quote(base), base, base),
		related: []analysis.RelatedInformation{related(mv.Site.Pos(), "%s may copy or share memory here", maker)},
	}
	if mv.Capacity {
		f.msg = sprintf("%s, made by %s, shares memory with %s only while %s's capacity lasts and is new memory once it grows: whether this write changes %s depends on the capacity",
			quote(c.nameOf(mv)), maker, quote(base), base, base)
	}
	// .Copy() makes the result independent; it is the right fix only for a
	// named result that is used after the write (else the write is dead).
	if mv.Named && m.ReadAfter(ev, mv) {
		f.fixes = c.copyFix(mv.Site, "the reshaped array")
	}
	if rd != nil {
		f.related = append(f.related, related(rd.Pos, "%s is read here, after the write", base))
	}
	c.report(f)
}
