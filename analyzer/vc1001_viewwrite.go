package analyzer

import (
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
)

// ViewWrite is the ID of check VC1001, view-write.
const ViewWrite = "VC1001"

// VC1001's write rule comes last: it judges the writes no other rule
// claims, which reach the base through a view if they reach it at all.
func init() {
	register(viewWrite, hooks{write: &writeRule{
		rank:   40,
		claims: func(*funcRun, *alias.Event) bool { return true },
		judge:  judgeViewWrite,
		doc: "any other write, reported through the nearest named view of an array, once per view and function; " +
			"a parameter VC1006 blamed is left to that finding.",
	}})
}

// viewWrite is VC1001's entry in Checks.
var viewWrite = &Check{
	ID: ViewWrite, Name: "view-write", Since: "0.1.0", Default: true,
	Title: "A write through a named view changes its base, which is read afterwards",
	Text: `A view shares memory with its base: ` + "`Slice`, `View`, `Transpose`, `Squeeze`, `ExpandDims`, `SwapAxes`" + `,
and a ` + "`Reshape`/`Ravel`" + ` of a contiguous array return views, as do your own functions that return
a view of a parameter. VC1001 reports a write (` + "`Set`, `Fill`, `Assign`, `Put`, `AddAssign`" + ` and the
other in-place operations, or a call to a function that writes through that parameter) through a view
bound to a variable, when the base, or another view of it, is read after the write.

Why it matters: the write changes the base too. Code that names a view and then reads the base
usually treats the two as separate arrays (NumPy's classic ` + "`s = arr[1:3]; s[0] = 100; print(arr)`" + `),
and gets the changed values.

Not reported: writes through a view used directly (` + "`a.Slice(...).Fill(0)`, `AddAssign(m.Slice(All(), I(0)), b)`" + `),
which say plainly that the base is the target; a view made and written inside one loop iteration
(normalising each row in place); a base that is not read after the write; a view followed by an
explicit ` + "`.Copy()`" + `; overlapping in-place operations such as ` + "`AddAssign(a.Slice(S(1, End)), a.Slice(S(0, -1)))`" + `,
which the library computes as if the inputs were copied first; functions that return nothing
and exist to modify their argument (when they do not read it again); and new memory filled through
views of it and then returned (a function building its result block by block). Reading only an array's
shape or flags (` + "`Shape`, `Size`, `SharesMemory`" + `) is not a read of its elements.

Known limits: a view taken once before a loop that updates its base step by step, and reads the base
each step (a stencil's interior), is reported; make the view inside the loop or suppress the finding with
a reason. A read of a part of the base that the view provably does not cover is not counted: another slice
of the same array whose selection on some axis does not meet the view's (` + "`S(0, k)` and `S(k, End)`, " +
		"`I(0)` and `I(1)`, `Step(0, End, 2)` and `Step(1, End, 2)`" + `, on any axis). Parts it cannot tell apart
this way still count as reads: bounds that are negative or computed (other than one shared k), negative
steps, indices not made by the index constructors at the call, slices made by a helper function with
bounds it computes, that picks a part by a flag, or that slices a field of a struct (a helper that
slices its argument itself with constants or with its own parameters, such as a train/test split at
k, is followed), slices of a transposed or reshaped view against slices of the array itself, and
views carried over from an earlier loop iteration.`,
	Before: `arr := ndarray.FromSlice([]int{2, 4, 6, 8, 10})
s := arr.Slice(ndarray.S(1, 3))
s.Set(100, 0)    // VC1001: also sets arr[1]
fmt.Println(arr) // [2 100 6 8 10]`,
	After: `arr := ndarray.FromSlice([]int{2, 4, 6, 8, 10})
s := arr.Slice(ndarray.S(1, 3)).Copy()
s.Set(100, 0)
fmt.Println(arr) // [2 4 6 8 10]`,
	Fix: "Append `.Copy()` to the expression that makes the view, so that the writes go to an independent array. If the write is meant to change the base, write through the view directly (`arr.Slice(ndarray.S(1, 3)).Set(100, 0)`) or suppress the finding with a reason.",
}

func judgeViewWrite(c *checker, f *funcRun, ev *alias.Event) {
	p := ev.Prov
	if f.blamed[p.Root] {
		return
	}
	// The view-write rule suits arrays, not Go slices, which programs
	// write through subslices on purpose.
	if nv := p.NamedView(); nv != nil && !f.seenView[nv] && c.isArray(nv.Value.Type()) && !overGoSlice(nv) && c.checkViewWrite(f.m, ev, nv) {
		f.seenView[nv] = true
	}
}

// overGoSlice reports whether a view wraps a plain Go slice directly
// (mat.NewVecDense(n, dst) over a parameter dst): wrapping a slice to write
// it through an array API is what such constructors are for. Views of the
// wrapper (a row of it) are views of an array like any other.
func overGoSlice(p *alias.Prov) bool {
	if p.Parent == nil || p.Parent.Value == nil {
		return false
	}
	_, isSlice := p.Parent.Value.Type().Underlying().(*types.Slice)
	return isSlice
}

// VC1001: a write through a named view changes its base, which is read
// afterwards.
func (c *checker) checkViewWrite(m *alias.Func, ev *alias.Event, view *alias.Prov) bool {
	if view.Rel != alias.View {
		return false
	}
	sites := m.ViewSites(view)
	if len(sites) == 0 {
		return false
	}
	for _, site := range sites {
		if def := alias.DefInstr(site); def != nil && m.SameLoop(def, ev.Instr) {
			return false // a per-iteration window, updated in place on purpose
		}
	}
	baseProv := m.EffectiveBase(view)
	if baseProv == nil {
		return false // the base is an unnamed temporary: the view is the array
	}
	if c.intendedUpdate(m, ev, view) {
		return false
	}
	// Returning new memory that was written through a view hands the
	// written values on: only other reads count.
	rd := m.UseAfter(ev, view.Root, view, view.Root.Kind == alias.RootFresh)
	if rd == nil {
		return false
	}
	base := c.nameOf(baseProv)
	if baseProv.Rel == alias.Own {
		base = c.rootName(m, view.Root)
	}
	c.report(finding{
		check: ViewWrite,
		pos:   ev.Pos,
		msg: sprintf("%s is a view of %s (made by %s), not a copy: this write changes %s too, and %s is read afterwards",
			quote(view.Name), quote(base), c.calleeName(sites[0]), base, base),
		related: append(c.madeHere(sites, view.Name, base),
			related(rd.Pos, "%s is read here, after the write", base)),
		fixes: c.copyFixes(sites, view.Name),
	})
	return true
}

// intendedUpdate reports a function building new memory through views of
// it: the base is fresh, every earlier write to it went through views (it
// is being filled block by block), and it is returned. Returning it is
// then the point, not a read "as if unchanged".
func (c *checker) intendedUpdate(m *alias.Func, ev *alias.Event, view *alias.Prov) bool {
	root := view.Root
	if root.Kind != alias.RootFresh {
		return false
	}
	returned := false
	for _, e := range m.Events {
		if e.Prov.Root.Top() != root.Top() || e.Instr == ev.Instr {
			continue
		}
		if e.Kind == alias.Escape && e.Returned {
			returned = true
		}
		if e.Kind == alias.Write && e.Prov.NamedView() == nil && m.After(e.Instr, ev.Instr) && !m.After(ev.Instr, e.Instr) {
			return false // filled with data through the base first
		}
	}
	return returned
}

func (c *checker) madeHere(sites []ssa.Value, name, base string) []analysis.RelatedInformation {
	var rel []analysis.RelatedInformation
	for _, s := range sites {
		rel = append(rel, related(s.Pos(), "%s is made here, sharing %s's memory", name, base))
	}
	return rel
}
