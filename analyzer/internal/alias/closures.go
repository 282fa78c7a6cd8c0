package alias

import "golang.org/x/tools/go/ssa"

// MergeClosures copies into each function the events of its function
// literals that touch its own arrays, placed where the literal is made: a
// range-over-func body or a callback that writes a captured view writes it
// there, as far as the enclosing function can tell. The checks run on the
// merged models; summaries are made before and do not change.
func (p *Program) MergeClosures() {
	for i := len(p.ordered) - 1; i >= 0; i-- {
		m := p.ordered[i]
		if len(m.Fn.AnonFuncs) == 0 || m.Fn.Blocks == nil {
			continue
		}
		roots := make(map[*Root]bool)
		for _, q := range m.Provs {
			roots[q.Root] = true
		}
		made := make(map[*ssa.Function]ssa.Instruction)
		for _, b := range m.Fn.Blocks {
			for _, instr := range b.Instrs {
				if mc, ok := instr.(*ssa.MakeClosure); ok {
					if fn, ok := mc.Fn.(*ssa.Function); ok {
						made[fn] = mc
					}
				}
			}
		}
		for _, anon := range m.Fn.AnonFuncs {
			am := p.models[anon]
			at := made[anon]
			if am == nil || at == nil {
				continue
			}
			runs := closureRuns(at)
			for _, ev := range am.Events {
				if !roots[ev.Prov.Root] {
					continue
				}
				if ev.Kind == Write && ev.Prov.NamedView() != nil && !m.madeIn(ev.Prov.NamedView()) {
					continue // a view made inside the literal: its own business
				}
				for _, run := range runs {
					cp := *ev
					cp.Instr = run
					m.Events = append(m.Events, &cp)
				}
			}
		}
	}
}

// closureRuns returns where a function literal's body may run, as far as
// its enclosing function shows: the calls of it, and the calls it is handed
// to (an iterator running a range-over-func body); else where it is made.
func closureRuns(mc ssa.Instruction) []ssa.Instruction {
	v, ok := mc.(ssa.Value)
	if !ok || v.Referrers() == nil {
		return []ssa.Instruction{mc}
	}
	var runs []ssa.Instruction
	for _, r := range *v.Referrers() {
		if _, ok := r.(ssa.CallInstruction); ok {
			runs = append(runs, r)
		}
	}
	if len(runs) == 0 {
		return []ssa.Instruction{mc}
	}
	return runs
}

// madeIn reports whether a view was made in m's own body.
func (m *Func) madeIn(view *Prov) bool {
	for _, s := range m.ViewSites(view) {
		if in, ok := s.(ssa.Instruction); ok && in.Parent() == m.Fn {
			return true
		}
	}
	return false
}
