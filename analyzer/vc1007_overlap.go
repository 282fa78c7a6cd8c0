package analyzer

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
)

// Overlap is VC1007's ID.
const Overlap = "VC1007"

func init() {
	register(overlapCheck, hooks{
		funcStart: func(c *checker, f *funcRun) { f.overlapping = c.checkOverlap(f.m) },
		write: &writeRule{
			rank:   5,
			claims: func(f *funcRun, ev *alias.Event) bool { return f.overlapping[ev.Instr] },
			judge:  func(*checker, *funcRun, *alias.Event) {},
			doc: "a write by a call VC1007 reported for overlapping operands: the call panics, or writes wrong values, " +
				"before its write means anything, and no other rule judges it.",
		},
	})
}

var overlapCheck = &Check{
	ID: Overlap, Name: "overlap", Since: "0.2.0", Default: true, Library: "gonum",
	Title: "Operands that share memory where the library does not allow it",
	Text: `Some operations require their operands not to share memory unless they are the very same value. gonum's
methods that write their receiver from other matrices (` + "`Add`, `Sub`, `MulElem`, `Mul`, `Scale`, `AddVec`, `ScaleVec`, `SolveVec`" + `
and the rest) panic at run time with ` + "`mat: bad region: overlap`" + ` (or ` + "`identical`" + `) when a view of one operand
overlaps another, and ` + "`VecDense.CopyVec`" + ` and ` + "`CDense.Copy`" + ` do not check at all: they copy element by element in one
direction and silently produce wrong values (gonum/gonum#324, #855; CopyVec between contiguous vectors happens to work,
so the bug shows only for columns of wider matrices). VC1007 reports such a call when the model
can prove the operands overlap: one is a view of the other, or both are slices of one matrix
(` + "`Slice`, `RowView`, `ColView`, `SliceVec`" + `) with constant bounds that meet. It names the two regions.

Why it matters: the panic comes only on the inputs that overlap, often deep in a numerical routine; the silent
corruption does not come at all.

Not reported: the same matrix passed twice (` + "`m.Scale(2, m)`, `v.AddVec(v, w)`" + `), which gonum allows; views whose
bounds are not constants or do not meet (blocks side by side, different rows); operations the library makes
overlap-safe (gonum's ` + "`Dense.Copy`" + ` without a transpose, ndarray's in-place operations). Libraries state which
operands must not overlap with the contract word ` + "`overlap panics|corrupts p q...`" + ` (docs/contracts.md).`,
	Before: `col := m.ColView(0).(*mat.VecDense)
dst := col.SliceVec(1, 9).(*mat.VecDense)
dst.CopyVec(col.SliceVec(0, 8)) // VC1007: shifts by copying forward, smearing element 0`,
	After: `col := m.ColView(0).(*mat.VecDense)
src := mat.VecDenseCopyOf(col.SliceVec(0, 8)) // a copy of its own
col.SliceVec(1, 9).(*mat.VecDense).CopyVec(src)`,
	Fix: "Copy one operand first (`mat.DenseCopyOf`, `mat.VecDenseCopyOf`, `CloneFrom`), or compute into a fresh matrix and copy the result back.",
}

// checkOverlap reports VC1007 for the calls in m whose contract forbids
// overlapping operands that the model proves overlap. It returns the calls
// it reported, which the write checks then leave alone: a call that panics
// never writes, and one that corrupts its output has a worse problem than
// what else it writes.
func (c *checker) checkOverlap(m *alias.Func) map[ssa.Instruction]bool {
	panics := make(map[ssa.Instruction]bool)
	if !c.out.enabled[Overlap] {
		return panics
	}
	for _, b := range m.Fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			sum := c.calleeSummary(call.Common())
			if sum == nil || sum.NoOverlap == nil {
				continue
			}
			if c.checkCallOverlap(m, call, sum) {
				panics[call] = true
			}
		}
	}
	return panics
}

// calleeSummary returns the summary of a call's callee: a function, a
// method, or an interface method with a contract.
func (c *checker) calleeSummary(call *ssa.CallCommon) *alias.Summary {
	if call.IsInvoke() {
		return c.contracts.contractSummary(call.Method)
	}
	if fn := call.StaticCallee(); fn != nil && c.models != nil {
		return c.models.Summary(fn)
	}
	return nil
}

func (c *checker) checkCallOverlap(m *alias.Func, call ssa.CallInstruction, sum *alias.Summary) bool {
	rule := sum.NoOverlap
	_, args := callOperands(call.Common())
	if rule.Target >= len(args) {
		return false
	}
	p := m.Provs[args[rule.Target]]
	for j := 0; j < len(args) && j < 64; j++ {
		if rule.With&(1<<uint(j)) == 0 || j == rule.Target {
			continue
		}
		q := m.Provs[args[j]]
		overlap, identical := alias.MustOverlap(p, q)
		if !overlap || p == q || (p.Value != nil && p.Value == q.Value) {
			continue // the same matrix twice is allowed
		}
		if !rule.Panics && (identical || describeRegion(p) == "" || describeRegion(q) == "") {
			// Copying a region onto itself changes nothing; and where
			// one is a view of the other with bounds unknown, they may
			// be the same region (a restore of a saved view).
			continue
		}
		c.reportOverlap(m, call, rule.Target, j, p, q, identical, rule.Panics)
		return true
	}
	return false
}

// callOperands returns a call's callee name and its operands numbered like
// the callee's parameters (the receiver first).
func callOperands(c *ssa.CallCommon) (string, []ssa.Value) {
	if c.IsInvoke() {
		return c.Method.Name(), append([]ssa.Value{c.Value}, c.Args...)
	}
	if fn := c.StaticCallee(); fn != nil {
		return fn.Name(), c.Args
	}
	return "", c.Args
}

func (c *checker) reportOverlap(m *alias.Func, call ssa.CallInstruction, i, j int, p, q *alias.Prov, identical, panics bool) {
	method, _ := callOperands(call.Common())
	x, y := c.operandText(call, i), c.operandText(call, j)
	var where string
	if rp, rq := describeRegion(p), describeRegion(q); rp != "" && rq != "" {
		of := c.rootName(m, p.Root)
		if v := m.Provs[p.Region.Of]; v != nil {
			of = c.nameOf(v)
		}
		where = sprintf(" (%s and %s of %s)", rp, rq, quote(of))
	} else {
		where = " (one is a view of the other)"
	}
	var msg string
	switch {
	case panics && identical:
		msg = sprintf("%s and %s are two views of the same elements%s: %s panics at run time with \"mat: bad region: identical\" unless they are the same matrix value", quote(x), quote(y), where, method)
	case panics:
		msg = sprintf("%s and %s share memory%s: %s panics at run time with \"mat: bad region: overlap\" when its operands overlap", quote(x), quote(y), where, method)
	default:
		msg = sprintf("%s and %s share memory%s: %s gives no guarantee for overlapping operands and, unless both are contiguous, copies element by element in one direction and silently writes wrong values", quote(x), quote(y), where, method)
	}
	f := finding{check: Overlap, pos: call.Pos(), msg: msg}
	for _, v := range []*alias.Prov{p, q} {
		if v.Site != nil && v.Site.Pos().IsValid() {
			f.related = append(f.related, related(v.Site.Pos(), "%s is made here", c.nameOf(v)))
		}
	}
	f.related = dedupRelated(f.related)
	c.report(f)
}

func dedupRelated(rs []analysis.RelatedInformation) []analysis.RelatedInformation {
	var out []analysis.RelatedInformation
	for _, r := range rs {
		dup := false
		for _, o := range out {
			dup = dup || o.Pos == r.Pos
		}
		if !dup {
			out = append(out, r)
		}
	}
	return out
}

// operandText returns operand i of a call as the source writes it.
func (c *checker) operandText(call ssa.CallInstruction, i int) string {
	if e := c.operandSyntax(call, i); e != nil {
		return types.ExprString(e)
	}
	return "an operand"
}

// operandSyntax returns the expression of a call's operand i, numbered as
// callOperands numbers them (a method's receiver first), or nil.
func (c *checker) operandSyntax(call ssa.CallInstruction, i int) ast.Expr {
	syn := c.syntax.calls[call.Common().Pos()]
	if syn == nil {
		return nil
	}
	if c.isMethodCall(call) {
		if i == 0 {
			if sel, ok := ast.Unparen(syn.Fun).(*ast.SelectorExpr); ok {
				return sel.X
			}
			return nil
		}
		i-- // the receiver is not among the syntax's arguments
	}
	if i < len(syn.Args) {
		return syn.Args[i]
	}
	return nil
}

func (c *checker) isMethodCall(call ssa.CallInstruction) bool {
	common := call.Common()
	if common.IsInvoke() {
		return true
	}
	fn := common.StaticCallee()
	return fn != nil && fn.Signature.Recv() != nil
}

// describeRegion writes what a view selects of its array, NumPy style
// ("[1:9]", "[0:2, 3]"), when every bound is a constant; "" otherwise.
func describeRegion(p *alias.Prov) string {
	if p == nil || p.Region == nil {
		return ""
	}
	var parts []string
	num := func(v ssa.Value) (string, bool) {
		if v == nil {
			return "", true
		}
		c, ok := v.(*ssa.Const)
		if !ok || c.Value == nil || c.Value.Kind() != constant.Int {
			return "", false
		}
		return c.Value.ExactString(), true
	}
	for _, s := range p.Region.Axes {
		switch s.Kind {
		case alias.SelAll:
			parts = append(parts, ":")
		case alias.SelInt:
			n, ok := num(s.Lo)
			if !ok {
				return ""
			}
			parts = append(parts, n)
		case alias.SelRange:
			lo, ok1 := num(s.Lo)
			hi, ok2 := num(s.Hi)
			if !ok1 || !ok2 {
				return ""
			}
			parts = append(parts, lo+":"+hi)
		}
	}
	return "[" + strings.Join(parts, ", ") + "]"
}
