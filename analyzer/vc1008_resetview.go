package analyzer

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
)

// ResetView is the ID of check VC1008, reset-view.
const ResetView = "VC1008"

func init() {
	register(resetView, hooks{
		funcStart: func(c *checker, f *funcRun) { f.reset = c.checkResetViews(f.m) },
		write: &writeRule{
			rank: 7,
			claims: func(f *funcRun, ev *alias.Event) bool {
				return f.reset[ev.Prov.Root] != nil && ev.Prov.DerivedFrom(f.reset[ev.Prov.Root])
			},
			judge: func(*checker, *funcRun, *alias.Event) {},
			doc: "a write through a view VC1008 reported a Reset of: where it lands, past the view, is that finding's " +
				"subject, and no other rule judges it.",
		},
	})
}

// resetView is VC1008's entry in Checks.
var resetView = &Check{
	ID: ResetView, Name: "reset-view", Since: "0.2.0", Default: true, Library: "gonum",
	Title: "Reset on a view keeps a backing slice that reaches past the view",
	Text: `gonum's ` + "`Reset`" + ` empties a matrix's header but keeps its backing slice, so that the next operation on it
(` + "`ReuseAs`, `Mul`, `Add`" + `, any method that sizes its receiver) can reuse the memory. On a view (` + "`Slice`, `RowView`" + `, ...)
that slice is the parent's memory, and its capacity runs on past the view: the next operation lays its result out
afresh over it, with its own stride, and writes elements of the parent outside the view while leaving parts of the
view unwritten (gonum/matrix#73, gonum/gonum#1085). The same holds for a matrix built over a slice
(` + "`mat.NewDense(r, c, data)`" + `): after ` + "`Reset`" + `, its next operation writes into ` + "`data`" + `. VC1008 reports ` + "`Reset`" + ` and
` + "`ReuseAs`" + ` on such a matrix when the memory it shares is used afterwards other than through it.

Why it matters: the parent comes out with values in the wrong places, and nothing panics.

Not reported: ` + "`Reset`" + ` on a matrix that owns its memory (` + "`NewDense(r, c, nil)`" + `, a ` + "`var m mat.Dense`" + `, a ` + "`CloneFrom`" + ` copy, a
slice made for it); a view whose parent is not used again. Libraries mark such methods with the contract word
` + "`resets`" + ` (docs/contracts.md).`,
	Before: `block := m.Slice(0, 2, 0, 2).(*mat.Dense)
block.Reset() // VC1008: keeps m's memory past the block
block.Mul(a, b)
fmt.Println(mat.Formatted(m)) // the product is smeared over m's first row`,
	After: `var prod mat.Dense
prod.Mul(a, b)
m.Slice(0, 2, 0, 2).(*mat.Dense).Copy(&prod) // the product, in the block`,
	Fix: "Compute into a matrix of your own and copy the result into the view (`view.Copy(&result)`), or operate on the view without resetting it (gonum sizes a non-empty receiver only if the shapes match).",
}

// checkResetViews reports VC1008 in m. It returns, by root, the views it
// reported a reset of.
func (c *checker) checkResetViews(m *alias.Func) map[*alias.Root]*alias.Prov {
	reset := make(map[*alias.Root]*alias.Prov)
	for _, b := range m.Fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			sum := c.calleeSummary(call.Common())
			if sum == nil || sum.Resets == 0 {
				continue
			}
			_, args := callOperands(call.Common())
			for i, arg := range args {
				if i >= 64 || sum.Resets&(1<<uint(i)) == 0 {
					continue
				}
				v := m.Provs[arg]
				if v == nil || reset[v.Root] == v {
					continue // one finding per view: its first reset
				}
				if c.checkResetView(m, call, v) {
					reset[v.Root] = v
				}
			}
		}
	}
	return reset
}

// checkResetView reports a reset of v, if v shares memory made elsewhere
// that is used after the call.
func (c *checker) checkResetView(m *alias.Func, call ssa.CallInstruction, v *alias.Prov) bool {
	site := viewSite(v)
	if site == nil {
		return false // v owns its memory
	}
	use := m.UseAfter(&alias.Event{Instr: call, Pos: call.Pos()}, v.Root, v, true)
	if use == nil {
		return false
	}
	name := c.nameOf(v)
	base := c.baseName(m, v)
	method, _ := callOperands(call.Common())
	c.report(finding{
		check: ResetView,
		pos:   call.Pos(),
		msg: sprintf("%s on %s, a view of %s (made by %s), keeps the backing slice it shares with %s: the next operation on %s reuses it and writes %s's memory outside the view, and %s is used afterwards",
			method, quote(name), quote(base), c.calleeName(site), base, name, base, base),
		related: []analysis.RelatedInformation{
			related(site.Pos(), "%s is made here, sharing %s's memory", name, base),
			related(use.Pos, "%s is used here, after the %s", base, method),
		},
	})
	return true
}

// viewSite returns the call that made v share memory it does not own (the
// nearest view-making call on its chain), or nil when v owns its memory.
func viewSite(v *alias.Prov) ssa.Value {
	for q, i := v, 0; q != nil && q.Rel != alias.Own && i < 32; q, i = q.Parent, i+1 {
		if q.Site != nil {
			if q.Parent != nil {
				if _, isConst := q.Parent.Value.(*ssa.Const); isConst {
					return nil // NewDense(r, c, nil): the matrix allocates its own
				}
			}
			return q.Site
		}
	}
	return nil
}
