package analyzer

import (
	"go/token"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
)

// StaleView is the ID of check VC1002, stale-view.
const StaleView = "VC1002"

// VC1002 asks about views and the writes after them, not about one write:
// it runs once per function, after the writes are dispatched, over the
// views kept as snapshots, and once per package, on syntax alone, over Go
// slices (vc1002_slicesnapshot.go).
func init() {
	register(staleView, hooks{
		syntax:  (*checker).checkSliceSnapshots,
		funcEnd: func(c *checker, f *funcRun) { c.checkStaleViews(f.m) },
	})
}

// staleView is VC1002's entry in Checks.
var staleView = &Check{
	ID: StaleView, Name: "stale-view", Since: "0.1.0", Default: true, Slices: []string{"B"},
	Title: "A view kept as a snapshot is read after its base was overwritten",
	Text: `VC1002 reports a view that was made to keep the old values of an array, read after the array's
memory was overwritten by something other than the view itself. A view counts as a snapshot when its
name says so (` + "`prev`, `old`, `orig`, `backup`, `saved`, `snapshot`, `before`, `initial`, `tmp`" + ` and the like, as
a whole word or a camelCase part), when it is stored in a slice, map, struct field or channel, or when it
is later written back into the base (a restore, the temporary of a row swap). Handing the base to code whose
effects are unknown (a function value, an interface method) counts as a possible overwrite of a snapshot.

Why it matters: a view has no values of its own. After the base changes, the "previous state" shows the
new state, a restore writes the new values back, a row swap duplicates one row, and a slice of saved
results holds the same data many times over.

Not reported: a view kept on purpose as a live window onto a buffer that is refilled and read again after
each refill (nothing about it says snapshot); a snapshot read only before the overwrite; and a snapshot
made with an explicit ` + "`.Copy()`" + `.

Plain Go slices have the same bug. A slice stored without a copy (` + "`res = append(res, path)`, `m[k] = buf`, `x.f = tmp`" + `,
` + "`ch <- buf[:n]`" + `, ` + "`go f(buf[:n])`" + ` or captured by a goroutine's function literal) shares its backing array with the
variable it came from; VC1002 reports it when, on some path after the store, that array is written again without the
variable getting new memory first (` + "`tmp = nil`, `tmp = make(...)`" + `, a fresh ` + "`:=`" + ` per iteration): an element write, ` + "`copy`" + `,
a sort, a ` + "`Read`" + ` or ` + "`io.ReadFull`" + ` into the buffer (the ` + "`writes`" + ` contracts), a helper of yours that writes its slice
parameter (in this package or another, by fact), or an append that reuses the capacity after the slice
was cut back (` + "`path = path[:len(path)-1]`, `append(tmp[:0], ...)`" + `). Stores into a collection or a field count when
they happen again after the write (a loop, a recursive or repeated call of the function literal that stores): the
backtracking helper, the reused line or key buffer. A slice sent on a channel or handed to a goroutine counts after one
store, up to a receive, a ` + "`Wait`" + ` or a ` + "`Lock`" + `. It also reports the subsets bug: ` + "`t := res[j]; t = append(t, x); res = append(res, t)`" + `
in nested loops extends an element already stored in ` + "`res`" + ` in place (fix: ` + "`append(t[:len(t):len(t)], x)`" + `). The fix stores ` + "`slices.Clone(x)`" + ` (` + "`append(x[:0:0], x...)`" + ` before Go 1.21).
Not reported for Go slices: a store followed only by ` + "`break`" + ` or ` + "`return`" + `; a prefix that only grows (later appends write
past every stored part); a slice stored once and then filled (a live window); the same map entry or field stored again
each time (a current value, like an iterator's key over its key buffer); a local struct value filled for one call;
windows ` + "`xs[i:j]`" + ` of one slab, and a slice advanced past what it stored (` + "`buf = buf[n:]`" + `); a search whose recursive call
returns whether it stored (` + "`if dfs(m) { return true }`" + `); function literals run by a callee (` + "`errgroup`'s `g.Go`, `wg.Go`" + `,
callbacks), of which only the literals bound to a variable and called are followed; slices kept by a callee (an
iterator that permutes its input, gitchander/permutation#1).`,
	Before: `state := ndarray.FromSlice([]float64{1, 2, 3, 4})
prev := state.View()
ndarray.ScaleAssign(state, 2)         // VC1002: prev changes too
fmt.Println(ndarray.Sub(state, prev)) // [0 0 0 0]`,
	After: `state := ndarray.FromSlice([]float64{1, 2, 3, 4})
prev := state.Copy()
ndarray.ScaleAssign(state, 2)
fmt.Println(ndarray.Sub(state, prev)) // [1 2 3 4]`,
	SliceBefore: `var dfs func(i int)
dfs = func(i int) {
	if i == len(nums) {
		res = append(res, path) // VC1002: later appends to path rewrite it
		return
	}
	path = append(path, nums[i])
	dfs(i + 1)
	path = path[:len(path)-1]
	dfs(i + 1)
}`,
	SliceAfter: `		res = append(res, slices.Clone(path))`,
	Fix:        "Make the snapshot with `.Copy()` where it is taken, so that it keeps the old values. For a Go slice, store `slices.Clone(x)`.",
}

// VC1002: a view kept to hold old values is read after its base was
// overwritten.
func (c *checker) checkStaleViews(m *alias.Func) {
	// In source order: two views made stale by one write give one finding
	// (by position), and it must name the same view on every run.
	for _, v := range sortedProvs(m) {
		if v.Site == nil || v.Value != v.Site || v.Rel != alias.View || v.ReadOnly || !c.isArray(v.Value.Type()) {
			continue // plain Go slices have checks of their own
		}
		if c.keptArg(m, v) != nil {
			continue // built over a slice its maker keeps: VC1009's
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

// sortedProvs returns m's provenances in source order, so that which of two
// views a finding names is the same on every run.
func sortedProvs(m *alias.Func) []*alias.Prov {
	out := make([]*alias.Prov, 0, len(m.Provs))
	for _, v := range m.Provs {
		out = append(out, v)
	}
	sort.SliceStable(out, func(i, j int) bool { return provPos(out[i]) < provPos(out[j]) })
	return out
}

func provPos(p *alias.Prov) token.Pos {
	if p.Site != nil {
		return p.Site.Pos()
	}
	return token.NoPos
}

func (c *checker) checkStale(m *alias.Func, v *alias.Prov, def ssa.Instruction, anyRead bool) {
	w, rd := m.StaleRead(v, def, anyRead)
	if w == nil {
		return
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
}
