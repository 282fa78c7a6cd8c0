package analyzer

import "strings"

// A Check is one kind of finding. Its ID is used in messages, suppressions
// (//lint:ignore VC1001 reason), check lists (-checks, [ParseChecks]), the
// CLI's -explain flag, SARIF rules and docs/checks.md#vc1001.
type Check struct {
	ID      string // "VC1001"
	Name    string // "view-write"
	Title   string // one line
	Text    string // what it finds, why it matters, what it does not report
	Before  string // code with the bug
	After   string // the same code fixed
	Fix     string // the suggested fix, in words
	Since   string // the viewcheck version that introduced it
	Default bool   // in the default set of a check list (ParseChecks)
	// Library names the library whose contracts the check relies on
	// ("gonum"), when it has nothing to find elsewhere; its example
	// program is then in docs/examples/<library>, a module requiring it.
	Library string
}

// The check IDs.
const (
	BadDirective  = "VC1000"
	ViewWrite     = "VC1001"
	StaleView     = "VC1002"
	LostWrite     = "VC1003"
	LayoutWrite   = "VC1004"
	ReadonlyWrite = "VC1005"
	ArgMutation   = "VC1006"
)

// Checks lists every check, in ID order.
var Checks = []*Check{
	{
		ID: BadDirective, Name: "bad-directive", Since: "0.1.0", Default: true,
		Title: "A suppression has no reason, or a //viewcheck: directive is malformed",
		Text: `VC1000 reports the comments that steer viewcheck when it cannot follow them: a ` + "`//lint:ignore`" + ` or
` + "`//lint:file-ignore`" + ` directive that names viewcheck checks but gives no reason, and a ` + "`//viewcheck:`" + `
directive (the contract an array library states for its functions and types) that does not parse or does
not fit the declaration it documents.

Why it matters: a suppression claims that a finding is wrong or harmless there, and the reason is what lets
the next reader check that claim. A suppression without one suppresses nothing, so the finding it was meant
to hide is still reported next to this one. A malformed ` + "`//viewcheck:`" + ` directive is ignored, so the
analyzer does not know the contract it states, and the findings that depend on it are missed.

Not reported: directives that name no viewcheck check (` + "`//lint:ignore SA4006 reason`" + ` is left to
staticcheck), and comments that only mention a directive in their text.`,
		Before: `head := arr.Slice(ndarray.S(0, 2))
// VC1000 on the next line: it names VC1001 but says nothing about why
//lint:ignore VC1001
head.Set(100, 0) // still reported as VC1001`,
		After: `head := arr.Slice(ndarray.S(0, 2))
//lint:ignore VC1001 head is the first rows of arr on purpose: the caller reads arr
head.Set(100, 0)`,
		Fix: "Write the reason after the check IDs, or remove the directive and fix the finding. Correct a malformed `//viewcheck:` directive as the message says (`//viewcheck:view` takes at most one parameter name, `//viewcheck:writes` names parameters of the function). There is no suggested fix: only the author knows the reason.",
	},
	{
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
	},
	{
		ID: StaleView, Name: "stale-view", Since: "0.1.0", Default: true,
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

Plain Go slices have the same bug in backtracking code: ` + "`res = append(res, path)`" + ` stores ` + "`path`" + ` itself, and the
later ` + "`path = append(path, x)`" + ` writes into the backing array the stored element shares. VC1002 reports it
when the stored slice outlives the function literal or loop that stores it and that code appends to it or
writes its elements without ever giving it new backing (` + "`path = nil`" + `); the fix stores
` + "`append(path[:0:0], path...)`" + `.`,
		Before: `state := ndarray.FromSlice([]float64{1, 2, 3, 4})
prev := state.View()
ndarray.ScaleAssign(state, 2)         // VC1002: prev changes too
fmt.Println(ndarray.Sub(state, prev)) // [0 0 0 0]`,
		After: `state := ndarray.FromSlice([]float64{1, 2, 3, 4})
prev := state.Copy()
ndarray.ScaleAssign(state, 2)
fmt.Println(ndarray.Sub(state, prev)) // [1 2 3 4]`,
		Fix: "Make the snapshot with `.Copy()` where it is taken, so that it keeps the old values.",
	},
	{
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
	},
	{
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
	},
	{
		ID: ReadonlyWrite, Name: "readonly-write", Since: "0.1.0", Default: true,
		Title: "A write through a read-only view panics at run time",
		Text: `` + "`BroadcastTo`" + ` and ` + "`Diagonal`" + ` return read-only views: a broadcast view repeats the same memory many times, so a
write to one element would change a whole row or column. VC1005 reports any write, through a named view
or not, through such a view, a view of it, or the result of your function that returns one.

Why it matters: the library refuses the write and panics ("cannot write to a read-only view"). The
analyzer finds it before the program runs.

Nothing is left out on purpose: every such write panics.`,
		Before: `row := ndarray.FromSlice([]float64{1, 2, 3})
grid := row.BroadcastTo(3, 3)
grid.Set(0, 1, 1) // VC1005: panics`,
		After: `row := ndarray.FromSlice([]float64{1, 2, 3})
grid := row.BroadcastTo(3, 3).Copy() // 9 elements of its own
grid.Set(0, 1, 1)`,
		Fix: "Append `.Copy()` where the read-only view is made, to get a writable array of the full shape. The fix is offered only when the written array is used afterwards: a write meant for a matrix's diagonal needs `Set(v, i, i)` on the matrix instead, and a copy would silently drop it.",
	},
	{
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
	},
	overlapCheck,
}

// CheckByID returns the check with the given ID or name, in any case, or
// nil.
func CheckByID(id string) *Check {
	for _, c := range Checks {
		if strings.EqualFold(c.ID, id) || strings.EqualFold(c.Name, id) {
			return c
		}
	}
	return nil
}
