package analyzer

import (
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
)

// ArgMutation is the ID of check VC1006, arg-mutation.
const ArgMutation = "VC1006"

// VC1006 runs once per function, before its writes are dispatched: the
// parameters it blames (it reported a write through them) are left alone
// by the write rules of VC1004 and VC1001, so that a write is reported
// once, as a breach of the function's contract.
func init() {
	register(argMutation, hooks{funcStart: func(c *checker, f *funcRun) {
		for r := range c.checkArgMutation(f.m) {
			f.blamed[r] = true
		}
	}})
}

// argMutation is VC1006's entry in Checks.
var argMutation = &Check{
	ID: ArgMutation, Name: "arg-mutation", Since: "0.1.0", Default: true,
	Title: "A function that returns a new array also writes through its parameter",
	Text: `VC1006 reports a write, inside a function that returns a new array (one that is neither its parameter
nor a view of it), through the parameter or through a view (or layout-dependent ` + "`Reshape`/`Ravel`" + `) of it.

Why it matters: a function that returns its result looks like it leaves its input alone. Its callers
keep using their array and find it changed (NumPy's ` + "`np.pmt`" + ` and python-oceans' ` + "`spice()`" + ` both did this).

Not reported: functions that return nothing, which exist to modify their argument (` + "`normalize(m)`" + `);
fluent APIs that return the parameter itself or a view of it; writes only into copies or fresh arrays.`,
	Before: `// shares returns each value's share of the total.
func shares(x *ndarray.Array[float64]) *ndarray.Array[float64] {
	ndarray.ScaleAssign(x, 1/ndarray.Sum(x)) // VC1006: scales the caller's array
	return x.Flatten()
}`,
	After: `// shares returns each value's share of the total.
func shares(x *ndarray.Array[float64]) *ndarray.Array[float64] {
	x = x.Copy()
	ndarray.ScaleAssign(x, 1/ndarray.Sum(x))
	return x.Flatten()
}`,
	Fix: "Work on a `.Copy()` of the parameter: the suggested fix inserts `x = x.Copy()` as the function's first statement, so that every later view and write goes to the function's own array. If changing the argument is the point, return nothing and say so in the doc comment.",
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
