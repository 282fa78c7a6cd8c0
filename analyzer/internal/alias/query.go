package alias

import (
	"sort"

	"golang.org/x/tools/go/ssa"
)

// The queries the checks ask of a function's model, each written once.

// UseAfter returns the first read or escape of root after the event, not
// through exclude (or views of it), or nil. With notReturns, return
// statements do not count.
func (m *Func) UseAfter(after *Event, root *Root, exclude *Prov, notReturns bool) *Event {
	var best *Event
	for _, ev := range m.Events {
		if ev.Kind == Write || ev.Prov.Root != root || ev.Instr == after.Instr {
			continue
		}
		if notReturns && ev.Returned {
			continue
		}
		if exclude != nil && (ev.Prov.DerivedFrom(exclude) || Disjoint(ev.Prov, exclude)) {
			continue // the view itself, or a part of the base it does not cover
		}
		if !m.AfterSameMemory(after.Instr, ev.Instr, root) {
			continue
		}
		if best == nil || ev.Pos < best.Pos {
			best = ev
		}
	}
	return best
}

// AfterSameMemory reports whether b may execute after a while root still
// names the same memory: a path that re-executes the root's making (the
// next iteration of a loop that allocates it) reaches new memory.
func (m *Func) AfterSameMemory(a, b ssa.Instruction, root *Root) bool {
	if root.Site != nil {
		if def := DefInstr(root.Site); def != nil {
			return m.AfterAvoiding(a, b, def)
		}
	}
	return m.After(a, b)
}

// ReadAfter reports whether v (or a view of it) is read after the event.
func (m *Func) ReadAfter(ev *Event, v *Prov) bool {
	for _, e := range m.Events {
		if e.Kind != Write && e.Instr != ev.Instr && e.Prov.DerivedFrom(v) && m.After(ev.Instr, e.Instr) {
			return true
		}
	}
	return false
}

// ViewSites returns the calls that made a view: its own, or, for a
// variable assigned on several paths (a phi), each path's.
func (m *Func) ViewSites(view *Prov) []ssa.Value {
	if view.Site != nil {
		return []ssa.Value{view.Site}
	}
	phi := view.Phi()
	if phi == nil {
		return nil
	}
	var sites []ssa.Value
	for _, e := range phi.Edges {
		p := m.Provs[e]
		if p == nil || p.Site == nil || p.Root != view.Root {
			if _, isConst := e.(*ssa.Const); isConst {
				continue
			}
			return nil
		}
		sites = append(sites, p.Site)
	}
	return sites
}

// Stored reports whether the view is put into a collection, a field or a
// channel, or handed to a function that keeps it.
func (m *Func) Stored(v *Prov) bool {
	for _, ev := range m.Events {
		if ev.Kind == Escape && ev.Stored && ev.Prov.DerivedFrom(v) {
			return true
		}
	}
	for val, p := range m.Provs {
		if p == v || p.Parent != v {
			continue
		}
		if call, ok := val.(*ssa.Call); ok {
			if b, ok := call.Call.Value.(*ssa.Builtin); ok && b.Name() == "append" {
				return true
			}
		}
	}
	return false
}

// Restored reports whether the view feeds a write back into its own base.
func (m *Func) Restored(v *Prov) bool {
	for _, ev := range m.Events {
		if ev.Kind == Read && ev.Prov.DerivedFrom(v) && ev.WritesRoot(v.Root) {
			return true
		}
	}
	return false
}

// WritesRoot reports whether the event's instruction also writes r.
func (ev *Event) WritesRoot(r *Root) bool {
	for _, w := range ev.Writes {
		if w == r {
			return true
		}
	}
	return false
}

// EffectiveBase returns what a view is a view of, as the program names it:
// the nearest named array above it on its chain of views, or its root when
// that is a parameter or bound to a variable. It returns nil when
// everything above the view is an unnamed temporary.
func (m *Func) EffectiveBase(view *Prov) *Prov {
	if view.Parent == nil && view.BaseOf != nil {
		// The base of a view covers the whole root: the root if the
		// program names it, else the named array nearest the root above
		// the view it was taken from (m in m.Slice(...).Base(), where m
		// is itself a view of a temporary).
		if b := m.RootBase(view.Root); b != nil {
			return b
		}
		var top *Prov
		for q := view.BaseOf; q != nil && q.Rel != Own; q = q.Parent {
			if q.Named {
				top = q
			}
		}
		return top
	}
	for q := view.Parent; q != nil; q = q.Parent {
		if q.Rel == Own {
			break
		}
		if q.Named {
			return q
		}
		if q.Parent == nil && q.BaseOf != nil {
			return m.EffectiveBase(q) // a view of a base
		}
	}
	return m.RootBase(view.Root)
}

// RootBase returns a root array as the program names it: a parameter, a
// variable it is bound to, a global, a field or a phi; nil for an unnamed
// temporary.
func (m *Func) RootBase(r *Root) *Prov {
	if r.Kind == RootParam {
		return &Prov{Root: r, Rel: Own}
	}
	if r.Site != nil {
		if p := m.Provs[r.Site]; p != nil && p.Named {
			return p
		}
		for _, p := range m.Provs {
			if p.Root == r && p.Rel == Own && p.Named {
				return p // a, err := load()
			}
		}
		if _, isCall := r.Site.(*ssa.Call); !isCall {
			return m.Provs[r.Site] // a global, a field, a phi: named by the program
		}
	}
	return nil
}

// StaleRead returns the first write that changes v's memory other than
// through v (after def, where v is made) and a read of v, or of a view of
// it, after that write: v read as if it still held what it held before.
// With anyRead false, only a read that feeds a write back into v's root
// counts (a restore). It returns nils when there is none.
func (m *Func) StaleRead(v *Prov, def ssa.Instruction, anyRead bool) (write, read *Event) {
	var writes []*Event
	for _, ev := range m.Events {
		// A call through a function value or an interface may write what
		// it is handed: for a view kept as a snapshot, that is enough.
		mayWrite := ev.Kind == Write || (ev.Kind == Read && ev.Opaque && ev.Prov.Rel == Own)
		if mayWrite && ev.Prov.Root == v.Root && !ev.Prov.DerivedFrom(v) && !Disjoint(ev.Prov, v) &&
			ev.Instr != def && m.AfterSameMemory(def, ev.Instr, v.Root) {
			writes = append(writes, ev)
		}
	}
	// Definite writes first, by position; calls of unknown code only when
	// no definite write makes the view stale.
	sort.SliceStable(writes, func(i, j int) bool {
		if oi, oj := writes[i].Kind != Write, writes[j].Kind != Write; oi != oj {
			return oj
		}
		return writes[i].Pos < writes[j].Pos
	})
	for _, w := range writes {
		for _, rd := range m.Events {
			if rd.Kind == Write || rd.Instr == w.Instr || !rd.Prov.DerivedFrom(v) {
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
			return w, rd
		}
	}
	return nil, nil
}
