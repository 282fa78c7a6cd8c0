package analyzer

import (
	"runtime/debug"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
)

// runChecks runs every check over every function model. Each check is a
// query over the same model (package alias).
func (c *checker) runChecks() {
	c.models.MergeClosures()
	for _, m := range c.funcs {
		if m.Fn.Synthetic != "" && m.Fn.Parent() == nil {
			continue // wrappers: their code is the method's
		}
		c.checkFuncSafely(m)
	}
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
	mutated := c.checkArgMutation(m)
	seenView := make(map[*alias.Prov]bool)
	for _, ev := range m.Events {
		if ev.Kind != alias.Write {
			continue
		}
		p := ev.Prov
		switch {
		case p.ReadOnly:
			c.checkReadOnly(m, ev)
		case p.Root.Kind == alias.RootCopy && p.Rel != alias.MayView:
			c.checkLostWrite(m, ev)
		case p.MayViewLink() != nil:
			if mv := p.MayViewLink(); !mutated[p.Root] && c.isArray(mv.Value.Type()) {
				c.checkLayoutWrite(m, ev)
			}
		case !mutated[p.Root]:
			// The view-write rule suits arrays, not Go slices, which
			// programs write through subslices on purpose.
			if nv := p.NamedView(); nv != nil && !seenView[nv] && c.isArray(nv.Value.Type()) && !overGoSlice(nv) && c.checkViewWrite(m, ev, nv) {
				seenView[nv] = true
			}
		}
	}
	c.checkStaleViews(m)
}
