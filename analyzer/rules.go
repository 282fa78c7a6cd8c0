package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"runtime/debug"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/viewcheck/viewcheck/analyzer/internal/alias"
)

// runChecks runs every check over every function model. Each check is a
// query over the same model (package alias).
func (a *analysis_) runChecks() {
	a.prog.MergeClosures()
	for _, m := range a.ordered {
		if m.Fn.Synthetic != "" && m.Fn.Parent() == nil {
			continue // wrappers: their code is the method's
		}
		a.checkFuncSafely(m)
	}
}

// checkFuncSafely runs the checks on one function; a failure skips the
// function (and says so under -verbose) instead of the package.
func (a *analysis_) checkFuncSafely(m *alias.Func) {
	defer func() {
		if r := recover(); r != nil {
			debugf("%s: internal error in checks, function skipped: %v\n%s", m.Fn, r, debug.Stack())
		}
	}()
	a.checkFunc(m)
}

func (a *analysis_) checkFunc(m *alias.Func) {
	mutated := a.checkArgMutation(m)
	seenView := make(map[*alias.Prov]bool)
	for _, ev := range m.Events {
		if ev.Kind != alias.Write {
			continue
		}
		p := ev.Prov
		switch {
		case p.ReadOnly:
			a.checkReadOnly(m, ev)
		case p.Root.Kind == alias.RootCopy && p.Rel != alias.MayView:
			a.checkLostWrite(m, ev)
		case p.MayViewLink() != nil:
			if mv := p.MayViewLink(); !mutated[p.Root] && a.isArrayType(mv.Value.Type()) {
				a.checkLayoutWrite(m, ev)
			}
		case !mutated[p.Root]:
			// The view-write rule suits arrays, not Go slices, which
			// programs write through subslices on purpose.
			if nv := p.NamedView(); nv != nil && !seenView[nv] && a.isArrayType(nv.Value.Type()) && !overGoSlice(nv) && a.checkViewWrite(m, ev, nv) {
				seenView[nv] = true
			}
		}
	}
	a.checkStaleViews(m)
}

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
func (a *analysis_) checkViewWrite(m *alias.Func, ev *alias.Event, view *alias.Prov) bool {
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
	if a.intendedUpdate(m, ev, view) {
		return false
	}
	// Returning new memory that was written through a view hands the
	// written values on: only other reads count.
	rd := m.UseAfter(ev, view.Root, view, view.Root.Kind == alias.RootFresh)
	if rd == nil {
		return false
	}
	base := a.nameOf(baseProv)
	if baseProv.Rel == alias.Own {
		base = a.rootName(m, view.Root)
	}
	a.report(finding{
		check: ViewWrite,
		pos:   ev.Pos,
		msg: sprintf("%s is a view of %s (made by %s), not a copy: this write changes %s too, and %s is read afterwards",
			quote(view.Name), quote(base), a.calleeName(sites[0]), base, base),
		related: append(a.madeHere(sites, view.Name, base),
			related(rd.Pos, "%s is read here, after the write", base)),
		fixes: a.copyFixes(sites, view.Name),
	})
	return true
}

// intendedUpdate reports a function building new memory through views of
// it: the base is fresh, every earlier write to it went through views (it
// is being filled block by block), and it is returned. Returning it is
// then the point, not a read "as if unchanged".
func (a *analysis_) intendedUpdate(m *alias.Func, ev *alias.Event, view *alias.Prov) bool {
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

func (a *analysis_) madeHere(sites []ssa.Value, name, base string) []analysis.RelatedInformation {
	var rel []analysis.RelatedInformation
	for _, s := range sites {
		rel = append(rel, related(s.Pos(), "%s is made here, sharing %s's memory", name, base))
	}
	return rel
}

// copyFixes is copyFix over every site of a view, as one fix.
func (a *analysis_) copyFixes(sites []ssa.Value, what string) []analysis.SuggestedFix {
	var edits []analysis.TextEdit
	for _, s := range sites {
		fix := a.copyFix(s, what)
		if fix == nil {
			return nil
		}
		edits = append(edits, fix[0].TextEdits...)
	}
	if len(edits) == 0 {
		return nil
	}
	return []analysis.SuggestedFix{{Message: "Copy " + what + " where it is made", TextEdits: edits}}
}

// baseName names what a view is a view of, as the program names it.
func (a *analysis_) baseName(m *alias.Func, view *alias.Prov) string {
	b := m.EffectiveBase(view)
	if b == nil || b.Rel == alias.Own {
		return a.rootName(m, view.Root)
	}
	return a.nameOf(b)
}

// VC1005: a write through a read-only view panics.
func (a *analysis_) checkReadOnly(m *alias.Func, ev *alias.Event) {
	p := ev.Prov
	what := "a read-only view"
	if p.ROSite != nil {
		what = "a read-only view made by " + a.calleeName(p.ROSite)
	}
	f := finding{
		check: ReadonlyWrite,
		pos:   ev.Pos,
		msg:   sprintf("write through %s, %s: the library refuses it and this panics at run time", quote(a.nameOf(p)), what),
	}
	if p.ROSite != nil {
		f.related = []analysis.RelatedInformation{related(p.ROSite.Pos(), "the read-only view is made here")}
		// A copy only helps when the written values are used afterwards:
		// otherwise it turns the panic into a silent lost write (a write
		// meant for a diagonal needs a different fix).
		if ro := m.Provs[p.ROSite]; ro != nil && ro.Named && m.ReadAfter(ev, ro) {
			f.fixes = a.copyFix(p.ROSite, "the read-only view")
		}
	}
	a.report(f)
}

// VC1003: a write into a copy that is never read again, while the
// original is.
func (a *analysis_) checkLostWrite(m *alias.Func, ev *alias.Event) {
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
	orig := a.rootName(m, src.Root)
	if b := m.EffectiveBase(src); src.Rel != alias.Own && b != nil {
		orig = a.baseName(m, src)
	} else if n := a.nameOf(src); src.Named || orig == "the array" {
		orig = n
	}
	copyName := a.nameOf(m.Provs[root.Site])
	maker := a.calleeName(root.Site)
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
	f.fixes = a.writeBackFix(m, ev, root)
	a.report(f)
}

// VC1004: a write through a Reshape/Ravel result that reaches the base
// only for some layouts.
func (a *analysis_) checkLayoutWrite(m *alias.Func, ev *alias.Event) {
	mv := ev.Prov.MayViewLink()
	root := ev.Prov.Root
	var rd *alias.Event
	if root.Kind != alias.RootParam {
		if rd = m.UseAfter(ev, root, mv, false); rd == nil {
			return
		}
	}
	base := a.baseName(m, mv)
	maker := a.calleeName(mv.Site)
	f := finding{
		check: LayoutWrite,
		pos:   ev.Pos,
		msg: sprintf("%s, made by %s, is a view of %s only when %s's memory layout allows it and a copy otherwise: whether this write changes %s depends on the layout",
			quote(a.nameOf(mv)), maker, quote(base), base, base),
		related: []analysis.RelatedInformation{related(mv.Site.Pos(), "%s may copy or share memory here", maker)},
	}
	if mv.Capacity {
		f.msg = sprintf("%s, made by %s, shares memory with %s only while %s's capacity lasts and is new memory once it grows: whether this write changes %s depends on the capacity",
			quote(a.nameOf(mv)), maker, quote(base), base, base)
	}
	// .Copy() makes the result independent; it is the right fix only for a
	// named result that is used after the write (else the write is dead).
	if mv.Named && m.ReadAfter(ev, mv) {
		f.fixes = a.copyFix(mv.Site, "the reshaped array")
	}
	if rd != nil {
		f.related = append(f.related, related(rd.Pos, "%s is read here, after the write", base))
	}
	a.report(f)
}

// VC1006: a function that returns a new array also writes through its
// parameter. It returns the roots it reported on.
func (a *analysis_) checkArgMutation(m *alias.Func) map[*alias.Root]bool {
	fn := m.Fn
	if fn.Parent() != nil || fn.Signature.Results().Len() == 0 {
		return nil
	}
	returnsArray := false
	for i := 0; i < fn.Signature.Results().Len(); i++ {
		if a.isArrayType(fn.Signature.Results().At(i).Type()) {
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
		if r.Param >= len(fn.Params) || !a.isArrayType(fn.Params[r.Param].Type()) {
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
			via = sprintf(" (through %s, made by %s)", quote(a.nameOf(m.Provs[site])), a.calleeName(site))
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
		f.fixes = a.paramCopyFix(fn, param)
		a.report(f)
		done[r] = true
	}
	return done
}

// paramCopyFix inserts "p = p.Copy()" as the function's first statement.
func (a *analysis_) paramCopyFix(fn *ssa.Function, param *ssa.Parameter) []analysis.SuggestedFix {
	decl, ok := fn.Syntax().(*ast.FuncDecl)
	if !ok || decl.Body == nil || param.Name() == "_" || param.Name() == "" || !a.hasCopy(param) {
		return nil
	}
	text := "\n\t" + param.Name() + " = " + param.Name() + ".Copy()"
	if len(decl.Body.List) == 0 {
		text += "\n"
	}
	return []analysis.SuggestedFix{{
		Message:   "Copy " + param.Name() + " before writing to it",
		TextEdits: []analysis.TextEdit{{Pos: decl.Body.Lbrace + 1, End: decl.Body.Lbrace + 1, NewText: []byte(text)}},
	}}
}

// VC1002: a view kept to hold old values is read after its base was
// overwritten.
func (a *analysis_) checkStaleViews(m *alias.Func) {
	for _, v := range m.Provs {
		if v.Site == nil || v.Value != v.Site || v.Rel != alias.View || v.ReadOnly || !a.isArrayType(v.Value.Type()) {
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
		a.checkStale(m, v, def, named || stored)
	}
}

func (a *analysis_) checkStale(m *alias.Func, v *alias.Prov, def ssa.Instruction, anyRead bool) {
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
			base := a.baseName(m, v)
			name := v.Name
			if name == "" {
				name = sprintf("the view stored at line %d", a.line(v.Site.Pos()))
			}
			a.report(finding{
				check: StaleView,
				pos:   w.Pos,
				msg: sprintf("%s is a view of %s (made by %s), not a copy of its old values: this write changes it too, and %s is read afterwards as if it still held them",
					quote(name), quote(base), a.calleeName(v.Site), name),
				related: []analysis.RelatedInformation{
					related(v.Site.Pos(), "%s is made here, sharing %s's memory", name, base),
					related(rd.Pos, "%s is read here, after the write", name),
				},
				fixes: a.copyFix(v.Site, name),
			})
			return
		}
	}
}

// snapshotWords are the words of a variable name that say it keeps old
// values.
var snapshotWords = map[string]bool{
	"backup": true, "bak": true, "old": true, "orig": true, "original": true, "prev": true,
	"previous": true, "saved": true, "save": true, "snapshot": true, "snap": true,
	"before": true, "initial": true, "init": true, "tmp": true, "temp": true, "checkpoint": true,
	"ckpt": true, "stash": true, "undo": true, "baseline": true, "history": true, "hist": true,
	"copy": true, "cp": true, "kept": true, "keep": true, "earlier": true,
}

// snapshotName reports whether a variable name says the value keeps old
// values: one of its words (split at underscores, digits and camelCase
// humps) is a snapshot word.
func snapshotName(name string) bool {
	for _, w := range splitWords(name) {
		if snapshotWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

func splitWords(name string) []string {
	var words []string
	start := 0
	runes := []rune(name)
	for i := 1; i <= len(runes); i++ {
		if i == len(runes) || runes[i] == '_' || unicode.IsDigit(runes[i]) ||
			(unicode.IsUpper(runes[i]) && !unicode.IsUpper(runes[i-1])) {
			if w := strings.Trim(string(runes[start:i]), "_0123456789"); w != "" {
				words = append(words, w)
			}
			start = i
		}
	}
	return words
}

// writeBackFix offers, for a named copy made by Take or Mask, a write back
// into the original right after the write.
func (a *analysis_) writeBackFix(m *alias.Func, ev *alias.Event, root *alias.Root) []analysis.SuggestedFix {
	copyProv := m.Provs[root.Site]
	if copyProv == nil || !copyProv.Named || ev.Prov.Root != root {
		return nil
	}
	call := a.callSyntax(root.Site)
	if call == nil {
		return nil
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || !simpleExpr(sel.X) {
		return nil
	}
	for _, arg := range call.Args {
		if !simpleExpr(arg) {
			return nil
		}
	}
	var putText string
	switch {
	case sel.Sel.Name == "Take" && len(call.Args) == 2:
		putText = sprintf("%s.Put(%s, %s, %s)", a.src(sel.X), a.src(call.Args[0]), a.src(call.Args[1]), copyProv.Name)
	case sel.Sel.Name == "Mask" && len(call.Args) == 1:
		putText = sprintf("%s.PutMask(%s, %s)", a.src(sel.X), a.src(call.Args[0]), copyProv.Name)
	default:
		return nil
	}
	stmt := a.enclosingStmt(ev.Pos)
	if stmt == nil {
		return nil
	}
	// The write-back must use the same indices, mask and original: none
	// of the variables it names may change between the copy and the write.
	names := append([]ast.Expr{sel.X}, call.Args...)
	if a.assignedBetween(names, call.End(), stmt.End()) {
		return nil
	}
	indent := a.indentOf(stmt.Pos())
	at := a.lineEnd(stmt.End())
	return []analysis.SuggestedFix{{
		Message:   "Write the copy back into the original",
		TextEdits: []analysis.TextEdit{{Pos: at, End: at, NewText: []byte("\n" + indent + putText)}},
	}}
}

// assignedBetween reports whether any variable named in exprs is assigned,
// has an element assigned, or is incremented between from and to.
func (a *analysis_) assignedBetween(exprs []ast.Expr, from, to token.Pos) bool {
	objs := make(map[types.Object]bool)
	for _, e := range exprs {
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if obj := a.pass.TypesInfo.Uses[id]; obj != nil {
					objs[obj] = true
				}
			}
			return true
		})
	}
	root := func(e ast.Expr) types.Object {
		for {
			switch x := ast.Unparen(e).(type) {
			case *ast.Ident:
				return a.pass.TypesInfo.Uses[x]
			case *ast.IndexExpr:
				e = x.X
			case *ast.SelectorExpr:
				e = x.X
			case *ast.StarExpr:
				e = x.X
			default:
				return nil
			}
		}
	}
	changed := false
	for _, f := range a.pass.Files {
		if from < f.Pos() || from > f.End() {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if changed || n == nil || n.End() < from || n.Pos() > to {
				return !changed
			}
			switch s := n.(type) {
			case *ast.AssignStmt:
				if s.Pos() > from && s.Pos() < to {
					for _, l := range s.Lhs {
						if objs[root(l)] {
							changed = true
						}
					}
				}
			case *ast.IncDecStmt:
				if s.Pos() > from && s.Pos() < to && objs[root(s.X)] {
					changed = true
				}
			}
			return true
		})
	}
	return changed
}

// simpleExpr reports whether e can be repeated without side effects.
func simpleExpr(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		return simpleExpr(e.X)
	case *ast.UnaryExpr:
		return e.Op == token.SUB && simpleExpr(e.X)
	}
	return false
}

func (a *analysis_) src(e ast.Expr) string {
	start, end := a.pass.Fset.Position(e.Pos()), a.pass.Fset.Position(e.End())
	content := a.fileContent(start.Filename)
	if content == nil || end.Offset > len(content) {
		return ""
	}
	return string(content[start.Offset:end.Offset])
}

func (a *analysis_) fileContent(name string) []byte {
	if a.contents == nil {
		a.contents = make(map[string][]byte)
	}
	if c, ok := a.contents[name]; ok {
		return c
	}
	c, err := a.pass.ReadFile(name)
	if err != nil {
		c = nil
	}
	a.contents[name] = c
	return c
}

// enclosingStmt returns the statement in a block that contains pos.
func (a *analysis_) enclosingStmt(pos token.Pos) ast.Stmt {
	for _, f := range a.pass.Files {
		if pos < f.Pos() || pos > f.End() {
			continue
		}
		var found ast.Stmt
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil || pos < n.Pos() || pos >= n.End() {
				return false
			}
			if b, ok := n.(*ast.BlockStmt); ok {
				for _, s := range b.List {
					if s.Pos() <= pos && pos < s.End() {
						if _, isExpr := s.(*ast.ExprStmt); isExpr {
							found = s
						} else if _, isAssign := s.(*ast.AssignStmt); isAssign {
							found = s
						}
					}
				}
			}
			return true
		})
		return found
	}
	return nil
}

// lineEnd returns the position of the end of pos's line (after any
// trailing comment).
func (a *analysis_) lineEnd(pos token.Pos) token.Pos {
	tf := a.pass.Fset.File(pos)
	if tf == nil {
		return pos
	}
	content := a.fileContent(tf.Name())
	off := tf.Offset(pos)
	for off < len(content) && content[off] != '\n' {
		off++
	}
	if off > tf.Size() {
		return pos
	}
	return tf.Pos(off)
}

// indentOf returns the whitespace before pos on its line.
func (a *analysis_) indentOf(pos token.Pos) string {
	p := a.pass.Fset.Position(pos)
	content := a.fileContent(p.Filename)
	if content == nil {
		return "\t"
	}
	start := p.Offset - (p.Column - 1)
	if start < 0 || p.Offset > len(content) {
		return "\t"
	}
	return string(content[start:p.Offset])
}
