package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
)

// KeptWrite is the ID of check VC1009, kept-write.
const KeptWrite = "VC1009"

func init() {
	register(keptWrite, hooks{
		funcEnd: func(c *checker, f *funcRun) { c.checkKeptWrites(f.m) },
		syntax:  (*checker).checkKeptSlices, // vc1009_keptslice.go
	})
}

// keptWrite is VC1009's entry in Checks.
var keptWrite = &Check{
	ID: KeptWrite, Name: "kept-write", Since: "0.2.0", Default: true, Slices: []string{"F"},
	Title: "A slice kept by a constructor is written while what it built is still read",
	Text: `Some constructors keep the slice they are given instead of copying it: gonum's ` + "`mat.NewDense(r, c, data)`" + `,
` + "`NewVecDense(n, data)`" + ` and the other ` + "`New*`" + ` functions use ` + "`data`" + ` as the matrix's backing array ("the data slice is used as
the backing slice"), ` + "`bytes.NewBuffer(buf)`" + ` takes ownership of ` + "`buf`" + `. VC1009 reports a write to such a slice, other than
through what was built from it, when the built value was kept to hold the slice's values (stored in a slice, map,
field or channel, or named as a snapshot: ` + "`prev`, `old`, `initial`" + `, ...) and is read afterwards: the write changes it
too. The classic shape is one buffer refilled in a loop to build several matrices, which then all hold the last values
(gonum/matrix#427).

For plain Go slices VC1009 infers the keepers, in every package: a function that stores a slice parameter (or a slice
of it) in a value it returns (` + "`return &Queue{items: s}`" + `, ` + "`q.items = s; return q`" + `), in its receiver (a setter
` + "`q.items = s`" + `), in a returned closure, or hands it to a function that does, in this package or another (a fact); and
the standard library's ` + "`bytes.NewBuffer`, `bytes.NewReader`, `(*bufio.Scanner).Buffer`" + `. It reports the caller's write to
the slice (an element, ` + "`copy`, `clear`" + `, a sort, a helper that writes its parameter) after the keeping call while the value that keeps it is used after the
write (adrianbrad/queue#41: ` + "`q := NewBlocking(s); s[0] = 999; q.Peek()`" + `), and, in a loop, a value built over one slice
declared outside the loop and stored in a slice or map while the loop rewrites that slice (gonum/matrix#427 with plain
slices; securego/gosec#1115: ` + "`Data: id[:]`" + ` of an array declared outside the loop, or of an array range value
before Go 1.22), and gonum/matrix#427's own shape: a value built afresh in each iteration over one slice declared
outside the loop and changed by a method that writes the slice it holds, so that each iteration starts from what the
last one left. A keeper whose doc comment says it keeps the slice is no excuse: the caller's write is still reported.

Why it matters: the matrix was meant to hold the values the slice had when it was built; it shows whatever the slice
holds when it is read.

Not reported: a value kept as a live window onto a buffer that is refilled and read again on purpose (nothing about
it says snapshot); a slice made fresh for each value built (` + "`make`" + ` inside the loop); writes before the constructor; a
built value not read after the write; writing through the built value itself. For Go slices: a slice copied first
(` + "`slices.Clone(s)`, `append([]T(nil), s...)`" + `) or by the keeper (` + "`copy(q.items, s)`" + `); a slice that held nothing yet when it
was kept (made, then filled through the value's window); a value built once over a buffer that is refilled and read
through it again and again (a live window); a function returning its parameter itself; writes through pointer
elements; a value only used afterwards through fields that hold no memory (` + "`q.n`" + `); slices kept through interfaces,
or by a value stored in a field of another value; in the loop shape, a slice read elsewhere (state updated in place on
purpose) or a value holding several slices. Libraries mark such constructors with
the contract word ` + "`keeps p`" + ` (docs/contracts.md).`,
	Before: `data := make([]float64, 4)
var ms []*mat.Dense
for i := 0; i < 3; i++ {
	data[0] = float64(i) // VC1009: changes every matrix built so far
	ms = append(ms, mat.NewDense(2, 2, data))
}`,
	After: `var ms []*mat.Dense
for i := 0; i < 3; i++ {
	data := make([]float64, 4) // a backing array per matrix
	data[0] = float64(i)
	ms = append(ms, mat.NewDense(2, 2, data))
}`,
	SliceBefore: `q := NewQueue(items) // keeps items: q.items = items
items[0] = 999       // VC1009: q.Peek() now returns 999
fmt.Println(q.Peek())`,
	SliceAfter: `q := NewQueue(slices.Clone(items))
items[0] = 999
fmt.Println(q.Peek())`,
	Fix: "Give each value its own slice (make it inside the loop), or hand the constructor a copy: the suggested fix passes `append(data[:0:0], data...)`, or `slices.Clone(data)` for a Go-slice keeper in a file that imports slices.",
}

// checkKeptWrites reports VC1009 for the values in m built over a slice
// that the constructor keeps.
func (c *checker) checkKeptWrites(m *alias.Func) {
	for _, v := range sortedProvs(m) {
		if v.Site == nil || v.Value != v.Site || v.Rel != alias.View {
			continue
		}
		arg := c.keptArg(m, v)
		if arg == nil {
			continue
		}
		// As for VC1002, only a value kept to hold what the slice held:
		// stored, or named as a snapshot. A live window onto a buffer
		// refilled and read again on purpose (a solver's cb and cbVec)
		// says nothing of the kind.
		if !snapshotName(v.Name) && !m.Stored(v) {
			continue
		}
		def := alias.DefInstr(v.Site)
		if def == nil {
			continue
		}
		w, rd := m.StaleRead(v, def, true)
		if w == nil || w.Kind != alias.Write {
			continue
		}
		maker := c.calleeName(v.Site)
		kept := c.nameOf(v.Parent)
		if e := c.argSyntax(v.Site, arg); e != nil {
			kept = types.ExprString(e)
		}
		name := v.Name
		msg := sprintf("%s is kept by %s as the backing of %s, not copied: this write changes %s too, and %s is read afterwards",
			quote(kept), maker, quote(name), name, name)
		if name == "" {
			name = "what " + maker + " builds"
			msg = sprintf("%s is kept by %s as the backing of what it builds (line %d), not copied: this write changes that too, and it is read afterwards",
				quote(kept), maker, c.line(v.Site.Pos()))
		}
		f := finding{
			check: KeptWrite,
			pos:   w.Pos,
			msg:   msg,
			related: []analysis.RelatedInformation{
				related(v.Site.Pos(), "%s is built here over %s", name, kept),
				related(rd.Pos, "%s is read here, after the write", name),
			},
		}
		if id, ok := c.argSyntax(v.Site, arg).(*ast.Ident); ok {
			f.fixes = []analysis.SuggestedFix{{
				Message: "Pass a copy of " + id.Name,
				TextEdits: []analysis.TextEdit{{Pos: id.Pos(), End: id.End(),
					NewText: []byte("append(" + id.Name + "[:0:0], " + id.Name + "...)")}},
			}}
		}
		c.report(f)
	}
}

// keptArg returns the argument of the call that made v, a view of that
// argument, when the callee keeps it (keeps p, or an inferred store), or
// nil.
func (c *checker) keptArg(m *alias.Func, v *alias.Prov) ssa.Value {
	call, ok := v.Site.(*ssa.Call)
	if !ok || v.Parent == nil {
		return nil
	}
	sum := c.calleeSummary(call.Common())
	if sum == nil {
		return nil
	}
	_, args := callOperands(call.Common())
	for i, a := range args {
		if sum.StoresParam(i) && m.Provs[a] == v.Parent {
			return a
		}
	}
	return nil
}

// argSyntax returns the expression of a call's argument, if the syntax
// index knows the call.
func (c *checker) argSyntax(site ssa.Value, arg ssa.Value) ast.Expr {
	call, ok := site.(*ssa.Call)
	if !ok {
		return nil
	}
	_, args := callOperands(call.Common())
	for i, a := range args {
		if a == arg {
			return c.operandSyntax(call, i)
		}
	}
	return nil
}
