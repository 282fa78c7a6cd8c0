package analyzer

import (
	"go/types"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
)

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

// VC1006: a function that returns a new array also writes through its
// parameter. It returns the roots it reported on.
func (c *checker) checkArgMutation(m *alias.Func) map[*alias.Root]bool {
	fn := m.Fn
	if fn.Parent() != nil || fn.Signature.Results().Len() == 0 {
		return nil
	}
	returnsArray := false
	for i := 0; i < fn.Signature.Results().Len(); i++ {
		if c.isArray(fn.Signature.Results().At(i).Type()) {
			returnsArray = true
		}
	}
	if !returnsArray {
		return nil
	}
	// Results that alias a parameter (a fluent API) or may alias anything
	// (unknown origin) exempt the function.
	aliased := make(map[*alias.Root]bool)
	for _, ret := range m.ResultProvs {
		for _, p := range ret {
			if p == nil {
				continue
			}
			switch p.Root.Kind {
			case alias.RootParam:
				aliased[p.Root] = true
			case alias.RootOpaque:
				return nil
			}
		}
	}
	firstWrite := make(map[*alias.Root]*alias.Event)
	for _, ev := range m.Events {
		r := ev.Prov.Root
		if ev.Kind != alias.Write || r.Kind != alias.RootParam || aliased[r] || ev.Prov.ReadOnly {
			continue
		}
		if fn.Signature.Recv() != nil && r.Param == 0 {
			continue // methods update their receiver's state by design
		}
		if r.Param >= len(fn.Params) || !c.isArray(fn.Params[r.Param].Type()) {
			continue
		}
		if old := firstWrite[r]; old == nil || ev.Pos < old.Pos {
			firstWrite[r] = ev
		}
	}
	roots := make([]*alias.Root, 0, len(firstWrite))
	for r := range firstWrite {
		roots = append(roots, r)
	}
	sort.Slice(roots, func(i, j int) bool { return roots[i].Param < roots[j].Param })
	done := make(map[*alias.Root]bool)
	for _, r := range roots {
		ev := firstWrite[r]
		param := fn.Params[r.Param]
		via := ""
		var site ssa.Value
		for q := ev.Prov; q != nil && q.Rel != alias.Own; q = q.Parent {
			if q.Site != nil {
				site = q.Site // the outermost view-making call wins
			}
		}
		if site != nil {
			via = sprintf(" (through %s, made by %s)", quote(c.nameOf(m.Provs[site])), c.calleeName(site))
		}
		f := finding{
			check: ArgMutation,
			pos:   ev.Pos,
			msg: sprintf("%s returns a new array but also writes through its parameter %s%s: the caller's array changes too",
				fn.Name(), quote(param.Name()), via),
			related: []analysis.RelatedInformation{related(param.Pos(), "%s is the caller's array", param.Name())},
		}
		// Copying the parameter first keeps every later view and write
		// consistent (copying one view would leave writes dead).
		f.fixes = c.paramCopyFix(fn, param)
		c.report(f)
		done[r] = true
	}
	return done
}

// VC1002: a view kept to hold old values is read after its base was
// overwritten.
func (c *checker) checkStaleViews(m *alias.Func) {
	for _, v := range m.Provs {
		if v.Site == nil || v.Value != v.Site || v.Rel != alias.View || v.ReadOnly || !c.isArray(v.Value.Type()) {
			continue // plain Go slices have checks of their own
		}
		def := alias.DefInstr(v.Site)
		if def == nil {
			continue
		}
		named := snapshotName(v.Name)
		stored := m.Stored(v)
		if !named && !stored && !m.Restored(v) {
			continue
		}
		c.checkStale(m, v, def, named || stored)
	}
}

func (c *checker) checkStale(m *alias.Func, v *alias.Prov, def ssa.Instruction, anyRead bool) {
	var writes []*alias.Event
	for _, ev := range m.Events {
		// A call through a function value or an interface may write what
		// it is handed: for a view kept as a snapshot, that is enough.
		mayWrite := ev.Kind == alias.Write || (ev.Kind == alias.Read && ev.Opaque && ev.Prov.Rel == alias.Own)
		if mayWrite && ev.Prov.Root == v.Root && !ev.Prov.DerivedFrom(v) && !alias.Disjoint(ev.Prov, v) &&
			ev.Instr != def && m.AfterSameMemory(def, ev.Instr, v.Root) {
			writes = append(writes, ev)
		}
	}
	// Definite writes first, by position; calls of unknown code only when
	// no definite write makes the view stale.
	sort.SliceStable(writes, func(i, j int) bool {
		if oi, oj := writes[i].Kind != alias.Write, writes[j].Kind != alias.Write; oi != oj {
			return oj
		}
		return writes[i].Pos < writes[j].Pos
	})
	for _, w := range writes {
		for _, rd := range m.Events {
			if rd.Kind == alias.Write || rd.Instr == w.Instr || !rd.Prov.DerivedFrom(v) {
				continue
			}
			if !anyRead && !rd.WritesRoot(v.Root) {
				continue
			}
			if rd.Prov.Value == v.Value || rd.Prov.Value == nil {
				// The view itself: a later re-execution of its
				// making makes a new, current view.
				if !m.AfterAvoiding(w.Instr, rd.Instr, def) || !m.AfterSameMemory(w.Instr, rd.Instr, v.Root) {
					continue
				}
			} else if !m.AfterSameMemory(w.Instr, rd.Instr, v.Root) {
				// Out of a collection: any earlier view may be read.
				continue
			}
			base := c.baseName(m, v)
			name := v.Name
			if name == "" {
				name = sprintf("the view stored at line %d", c.line(v.Site.Pos()))
			}
			c.report(finding{
				check: StaleView,
				pos:   w.Pos,
				msg: sprintf("%s is a view of %s (made by %s), not a copy of its old values: this write changes it too, and %s is read afterwards as if it still held them",
					quote(name), quote(base), c.calleeName(v.Site), name),
				related: []analysis.RelatedInformation{
					related(v.Site.Pos(), "%s is made here, sharing %s's memory", name, base),
					related(rd.Pos, "%s is read here, after the write", name),
				},
				fixes: c.copyFix(v.Site, name),
			})
			return
		}
	}
}
