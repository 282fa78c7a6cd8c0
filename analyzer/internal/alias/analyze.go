package alias

import (
	"go/constant"
	"go/token"
	"go/types"
	"math"
	"sort"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Env is what the model needs from its surroundings: which types are
// arrays, the summaries of callees, and which calls bind their result to a
// named variable.
type Env struct {
	// IsArray reports whether t is an array type (a pointer to a type
	// declared with //viewcheck:array).
	IsArray func(t types.Type) bool
	// Summary returns the summary of a callee, or nil when unknown. A
	// Program sets it.
	Summary func(fn *ssa.Function) *Summary
	// Stated, for a Program, returns the summary stated for a function
	// rather than inferred from its body (by directives or a contract,
	// or imported as a fact from the package that inferred it), or nil.
	Stated func(obj *types.Func) *Summary
	// Method, if set, returns the summary of an interface method (a
	// call through an interface), or nil when unknown.
	Method func(m *types.Func) *Summary
	// Builtin, if set, returns the summary of a builtin (append, copy,
	// clear), or nil when it has none.
	Builtin func(name string) *Summary
	// Binding returns the name of the variable result i of a call is
	// bound to, if any.
	Binding func(call ssa.Value, i int) (name string, ok bool)
	// Note, if set, is told about code the model does not follow (it
	// stays quiet about it), for the analyzer's -verbose flag.
	Note func(pos token.Pos, msg string)
	// Debugf, if set, is told about the functions a Program skips (an
	// internal failure) or approximates (a recursive cycle too deep).
	Debugf func(format string, args ...any)

	carriers map[types.Type]bool
}

// Carries reports whether values of type t can reach an array: arrays
// themselves, and pointers, structs, slices, arrays and maps of them.
func (e *Env) Carries(t types.Type) bool {
	if e.carriers == nil {
		e.carriers = make(map[types.Type]bool)
	}
	return e.carries(t, 0)
}

func (e *Env) carries(t types.Type, depth int) bool {
	if v, ok := e.carriers[t]; ok {
		return v
	}
	if depth > 8 {
		return false
	}
	e.carriers[t] = false // breaks cycles of recursive types
	var v bool
	if e.IsArray(t) {
		v = true
	} else {
		switch u := t.Underlying().(type) {
		case *types.Pointer:
			v = e.carries(u.Elem(), depth+1)
		case *types.Slice:
			v = e.carries(u.Elem(), depth+1)
		case *types.Array:
			v = e.carries(u.Elem(), depth+1)
		case *types.Map:
			v = e.carries(u.Elem(), depth+1)
		case *types.Chan:
			v = false
		case *types.Struct:
			for i := 0; i < u.NumFields() && !v; i++ {
				v = e.carries(u.Field(i).Type(), depth+1)
			}
		case *types.Tuple:
			for i := 0; i < u.Len() && !v; i++ {
				v = e.carries(u.At(i).Type(), depth+1)
			}
		}
	}
	e.carriers[t] = v
	return v
}

// A Func is the model of one function: the provenance of its values and
// the reads, writes and escapes of array memory in it.
type Func struct {
	Fn      *ssa.Function
	Provs   map[ssa.Value]*Prov
	Events  []*Event
	Summary *Summary
	// Closures holds, for each function literal made in Fn, the
	// provenance of its free variables.
	Closures map[*ssa.Function][]*Prov
	// ResultProvs lists the provenance of each array result at each
	// return.
	ResultProvs [][]*Prov

	cfg *cfgInfo
}

type cellKey struct {
	obj   ssa.Value
	field int
}

type walker struct {
	env   *Env
	fn    *ssa.Function
	provs map[ssa.Value]*Prov
	roots map[ssa.Value]*Root
	cells map[cellKey]*Prov
	tuple map[ssa.Value][]*Prov
	// cellAddr marks values that stand for a local cell's address
	// (free variables bound to captured variables).
	cellAddr map[ssa.Value]bool
	closures map[*ssa.Function][]*Prov
	// pending marks results of recursive calls still being summarized.
	pending map[ssa.Value]bool
	// pendingResults marks the results some return gives as a pending
	// recursive call's.
	pendingResults map[int]bool
	// carried holds loopCarried's copies, so that a loop's phis reach a
	// fixed point.
	carried map[*Prov]*Prov
	cfg     *cfgInfo // made on demand, for inLoop
	// fields holds what this function stores into fields of structs it
	// does not own (a receiver's), by the field's root.
	fields map[*Root]*Prov

	changed   bool
	recording bool
	events    []*Event
	results   [][]*Prov
}

const maxIterations = 6

// Analyze builds the model of fn. free gives the provenance of fn's free
// variables (nil for a top-level function).
func Analyze(fn *ssa.Function, env *Env, free []*Prov) *Func {
	w := &walker{
		env:            env,
		fn:             fn,
		provs:          make(map[ssa.Value]*Prov),
		roots:          make(map[ssa.Value]*Root),
		cells:          make(map[cellKey]*Prov),
		tuple:          make(map[ssa.Value][]*Prov),
		cellAddr:       make(map[ssa.Value]bool),
		closures:       make(map[*ssa.Function][]*Prov),
		pending:        make(map[ssa.Value]bool),
		pendingResults: make(map[int]bool),
		carried:        make(map[*Prov]*Prov),
		fields:         make(map[*Root]*Prov),
	}
	for i, p := range fn.Params {
		// Go slices are roots too: Wrap(data) is a view of data.
		if _, isSlice := p.Type().Underlying().(*types.Slice); isSlice || env.Carries(p.Type()) {
			r := &Root{Kind: RootParam, Param: i, Struct: isStruct(p.Type()) && !env.IsArray(p.Type())}
			w.provs[p] = &Prov{Root: r, Rel: Own, Value: p}
		}
	}
	for i, fv := range fn.FreeVars {
		if i < len(free) && free[i] != nil {
			w.provs[fv] = free[i]
			if _, isPtr := fv.Type().Underlying().(*types.Pointer); isPtr {
				w.cellAddr[fv] = true
			}
		}
	}
	if fn.Blocks != nil {
		blocks := fn.DomPreorder()
		for iter := 0; iter < maxIterations; iter++ {
			w.changed = false
			w.walk(blocks)
			if !w.changed {
				break
			}
		}
		w.recording = true
		w.walk(blocks)
	}
	f := &Func{Fn: fn, Provs: w.provs, Events: w.events, Closures: w.closures, ResultProvs: w.results}
	f.Summary = w.summarize()
	return f
}

func (w *walker) walk(blocks []*ssa.BasicBlock) {
	w.results = nil
	clear(w.pendingResults)
	for _, b := range blocks {
		for _, instr := range b.Instrs {
			w.instr(instr)
		}
	}
}

// set records p as v's provenance, noting whether it changed.
func (w *walker) set(v ssa.Value, p *Prov) {
	if p == nil {
		return
	}
	if old, ok := w.provs[v]; !ok || !sameProv(old, p) {
		w.changed = true
	}
	w.provs[v] = p
}

func sameProv(a, b *Prov) bool {
	return a.Root == b.Root && a.Rel == b.Rel && a.ReadOnly == b.ReadOnly &&
		a.Layout == b.Layout && a.Site == b.Site && a.Named == b.Named
}

// provOf returns v's provenance. An array value with none (a global, a
// value out of an interface) becomes its own opaque root.
func (w *walker) provOf(v ssa.Value) *Prov {
	if v == nil {
		return nil
	}
	if p, ok := w.provs[v]; ok {
		return p
	}
	if w.pending[v] {
		return nil
	}
	switch v := v.(type) {
	case *ssa.Const:
		return nil
	case *ssa.Function, *ssa.Builtin:
		return nil
	case *ssa.Alloc:
		if w.env.IsArray(v.Type()) {
			p := w.allocProv(v)
			if p.Rel == Own && p.Root.Site == v && token.IsIdentifier(v.Comment) && !ssaComment[v.Comment] {
				// var c mat.Dense: an array the program names, the
				// same one at every use.
				p.Named, p.Name = true, v.Comment
				w.provs[v] = p
			}
			return p
		}
		if v.Heap && w.env.Carries(v.Type()) {
			// A struct that holds arrays (a wrapper such as a data
			// frame): it reaches what was stored into it.
			return w.holderProv(v)
		}
		// Local memory: its contents live in cells.
		return nil
	case *ssa.MakeSlice, *ssa.MakeMap, *ssa.MakeChan:
		return nil
	default:
		if !w.env.IsArray(v.Type()) {
			return nil
		}
	}
	r := w.root(v, RootOpaque)
	r.Struct = isStruct(v.Type()) && !w.env.IsArray(v.Type())
	p := &Prov{Root: r, Rel: Own, Value: v}
	w.provs[v] = p
	return p
}

// containerProv returns what a local map or slice holds, for values that
// leave the function with it.
func (w *walker) containerProv(v ssa.Value) *Prov {
	switch x := v.(type) {
	case *ssa.MakeMap, *ssa.MakeSlice, *ssa.Alloc:
		return w.cells[cellKey{x, -1}]
	case *ssa.Slice:
		if a, ok := x.X.(*ssa.Alloc); ok {
			return w.cells[cellKey{a, -1}]
		}
	}
	return nil
}

// isStruct reports whether t is a struct or a pointer to one.
func isStruct(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

// fieldProv returns the provenance of field i of a struct value or address
// with provenance p: for the memory of a struct (not an array it wraps),
// each array field is an array of its own.
func (w *walker) fieldProv(p *Prov, v ssa.Value, structType types.Type, i int) *Prov {
	if !p.Root.Struct || !w.env.Carries(fieldType(structType, i)) {
		return derive(p, v)
	}
	return &Prov{Root: p.Root.Sub(i, fieldName(structType, i)), Rel: Own, Value: v}
}

func structOf(t types.Type) *types.Struct {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, _ := t.Underlying().(*types.Struct)
	return st
}

func fieldType(t types.Type, i int) types.Type {
	if st := structOf(t); st != nil && i < st.NumFields() {
		return st.Field(i).Type()
	}
	return types.Typ[types.Invalid]
}

func fieldName(t types.Type, i int) string {
	if st := structOf(t); st != nil && i < st.NumFields() {
		return st.Field(i).Name()
	}
	return ""
}

// allocProv is the provenance of a new array value built in place (an
// array library's own constructors, &Array{...}): a view of whatever
// memory is stored into its fields, or fresh memory.
func (w *walker) allocProv(alloc *ssa.Alloc) *Prov {
	hasBuffer := false
	if st, ok := types.Unalias(alloc.Type().Underlying().(*types.Pointer).Elem()).Underlying().(*types.Struct); ok {
		for i := 0; i < st.NumFields(); i++ {
			hasBuffer = hasBuffer || bufferField(alloc.Type(), i)
		}
	}
	stored := w.fieldCells(alloc, func(field int) bool { return !hasBuffer || bufferField(alloc.Type(), field) })
	if len(stored) > 0 {
		if j := w.join(alloc, "", stored); j != nil && j.Root.Site != alloc {
			return derive(j, alloc)
		}
	}
	return &Prov{Root: w.root(alloc, RootFresh), Rel: Own, Value: alloc}
}

// holderProv is the provenance of a heap struct that holds arrays: a view
// of the one array memory stored into its fields, or nothing.
func (w *walker) holderProv(alloc *ssa.Alloc) *Prov {
	stored := w.fieldCells(alloc, func(int) bool { return true })
	if j := w.join(alloc, "", stored); j != nil && j.Root.Site != alloc {
		return derive(j, alloc)
	}
	return nil
}

// fieldCells returns what was stored into alloc's fields that keep says to,
// in field order: join keeps details of its first operand, so the order
// must not be the map's.
func (w *walker) fieldCells(alloc ssa.Value, keep func(field int) bool) []*Prov {
	var fields []int
	for k, p := range w.cells {
		if k.obj == alloc && k.field >= 0 && p != nil && keep(k.field) {
			fields = append(fields, k.field)
		}
	}
	sort.Ints(fields)
	stored := make([]*Prov, len(fields))
	for i, f := range fields {
		stored[i] = w.cells[cellKey{alloc, f}]
	}
	return stored
}

// bufferField reports whether field i of the struct t points to is, in the
// generic type's declaration, typed with a type parameter (the element
// buffer []T, as opposed to metadata such as a shape []int).
func bufferField(t types.Type, i int) bool {
	p, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := types.Unalias(p.Elem()).(*types.Named)
	if !ok {
		return false
	}
	st, ok := named.Origin().Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return false
	}
	return mentionsTypeParam(st.Field(i).Type(), 0)
}

func mentionsTypeParam(t types.Type, depth int) bool {
	if depth > 5 {
		return false
	}
	switch t := t.(type) {
	case *types.TypeParam:
		return true
	case *types.Slice:
		return mentionsTypeParam(t.Elem(), depth+1)
	case *types.Pointer:
		return mentionsTypeParam(t.Elem(), depth+1)
	case *types.Array:
		return mentionsTypeParam(t.Elem(), depth+1)
	}
	return false
}

// root returns the root made at site, creating it once.
func (w *walker) root(site ssa.Value, kind RootKind) *Root {
	if r, ok := w.roots[site]; ok {
		r.Kind = kind
		return r
	}
	r := &Root{Kind: kind, Site: site}
	w.roots[site] = r
	return r
}

func (w *walker) emit(ev *Event) {
	if w.recording && ev.Prov != nil {
		w.events = append(w.events, ev)
	}
}

func (w *walker) read(instr ssa.Instruction, v ssa.Value, pos token.Pos) {
	if p := w.provOf(v); p != nil {
		w.emit(&Event{Kind: Read, Instr: instr, Prov: p, Pos: pos})
	}
}

// reaches reports whether a value of type t derived from an array (a
// field, an element address, its buffer) is worth following: it can reach
// the array's memory.
func (w *walker) reaches(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Slice, *types.Struct, *types.Map:
		return true
	}
	return w.env.Carries(t)
}

// usePos returns a position for an implicit conversion (which has none):
// that of the next call in its block, which is where the value is used.
func usePos(in ssa.Instruction) token.Pos {
	if p := in.Pos(); p.IsValid() {
		return p
	}
	b := in.Block()
	seen := false
	for _, x := range b.Instrs {
		if x == in {
			seen = true
			continue
		}
		if c, ok := x.(ssa.CallInstruction); seen && ok && c.Pos().IsValid() {
			return c.Pos()
		}
	}
	return token.NoPos
}

// derive returns the provenance of a value reached from parent through a
// field, an element or an address: the same memory.
func derive(parent *Prov, v ssa.Value) *Prov {
	if parent == nil {
		return nil
	}
	rel := parent.Rel
	if rel == Own {
		rel = View
	}
	return &Prov{Root: parent.Root, Rel: rel, Layout: parent.Layout, ReadOnly: parent.ReadOnly,
		ROSite: parent.ROSite, Parent: parent, Value: v}
}

// join merges the provenance of values that may flow into v.
func (w *walker) join(v ssa.Value, name string, ps []*Prov) *Prov {
	var out *Prov
	n := 0
	for _, p := range ps {
		if p == nil {
			continue
		}
		if out == nil {
			out, n = p, 1
			continue
		}
		if sameNode(out, p) {
			continue
		}
		n++
		if out.Root != p.Root {
			return &Prov{Root: w.root(v, RootOpaque), Rel: Own, Value: v}
		}
		q := *out
		if p.Rel > q.Rel {
			q.Rel = p.Rel
		}
		q.ReadOnly = q.ReadOnly && p.ReadOnly
		if q.Layout != p.Layout {
			q.Layout = LayoutUnknown
		}
		if !sameNode(q.Parent, p.Parent) {
			q.Parent = nil
		}
		if q.Region != p.Region {
			q.Region = nil // the merged value may be either part
		}
		if q.Site != p.Site {
			q.Site = nil
		}
		q.Named = q.Named || p.Named
		q.Members = mergeMembers(out.members(), p.members())
		out = &q
	}
	if out == nil || n == 1 {
		return out
	}
	q := *out
	q.Value = v
	if name != "" {
		q.Name = name
		q.Named = true
	}
	return &q
}

// loopCarried returns p as it arrives at a loop header from the previous
// iteration. What a slice selects is forgotten when its bounds are not
// constants: they held that iteration's values (a view cut as S(0, k) is not
// disjoint from S(k, End) cut with the next k).
func (w *walker) loopCarried(p *Prov) *Prov {
	if p == nil || !varyingRegion(p) {
		return p
	}
	if q, ok := w.carried[p]; ok {
		return q
	}
	q := *p
	q.Region, q.Unbounded = nil, true
	w.carried[p] = &q
	return &q
}

// inLoop reports whether b can run more than once in one call.
func (w *walker) inLoop(b *ssa.BasicBlock) bool {
	if b == nil {
		return false
	}
	if w.cfg == nil {
		w.cfg = newCFG(w.fn)
	}
	return w.cfg.cyclic[w.cfg.scc[b.Index]]
}

// varyingRegion reports whether p, or a view it was cut from, selects with a
// bound that is not a constant.
func varyingRegion(p *Prov) bool {
	for x, i := p, 0; x != nil && i < 16; x, i = x.Parent, i+1 {
		if x.Region == nil {
			continue
		}
		for _, s := range x.Region.Axes {
			for _, b := range []ssa.Value{s.Lo, s.Hi} {
				if _, isConst := b.(*ssa.Const); b != nil && !isConst {
					return true
				}
			}
		}
	}
	return false
}

// mergeMembers unions two member lists, by value.
func mergeMembers(a, b []*Prov) []*Prov {
	out := append([]*Prov(nil), a...)
	for _, p := range b {
		dup := false
		for _, q := range out {
			if q == p || (q.Value != nil && q.Value == p.Value) {
				dup = true
				break
			}
		}
		if !dup && len(out) < 16 {
			out = append(out, p)
		}
	}
	return out
}

// sameNode reports whether two provenances belong to the same value (the
// walk rebuilds them on each iteration).
func sameNode(a, b *Prov) bool {
	if a == b {
		return true
	}
	return a != nil && b != nil && a.Value != nil && a.Value == b.Value && sameProv(a, b)
}

func (w *walker) cellKeyOf(addr ssa.Value) (cellKey, bool) {
	switch a := addr.(type) {
	case *ssa.Alloc:
		return cellKey{a, -2}, true
	case *ssa.FieldAddr:
		if x, ok := a.X.(*ssa.Alloc); ok {
			return cellKey{x, a.Field}, true
		}
	case *ssa.IndexAddr:
		switch x := a.X.(type) {
		case *ssa.Alloc, *ssa.MakeSlice:
			return cellKey{x, -1}, true
		case *ssa.Slice:
			// make([]T, constant) is a slice of a local array.
			if alloc, ok := x.X.(*ssa.Alloc); ok {
				return cellKey{alloc, -1}, true
			}
		}
	}
	return cellKey{}, false
}

func (w *walker) instr(instr ssa.Instruction) {
	switch in := instr.(type) {
	case *ssa.Phi:
		if !w.env.Carries(in.Type()) {
			return
		}
		ps := make([]*Prov, 0, len(in.Edges))
		for i, e := range in.Edges {
			p := w.edgeProv(e)
			if in.Block().Dominates(in.Block().Preds[i]) {
				p = w.loopCarried(p)
			}
			ps = append(ps, p)
		}
		w.set(in, w.join(in, in.Comment, ps))

	case *ssa.Store:
		if ia, ok := in.Addr.(*ssa.IndexAddr); ok {
			// An element store through memory reached from an array
			// (its buffer) writes that array.
			if ap := w.provs[ia]; ap != nil {
				w.emit(&Event{Kind: Write, Instr: in, Prov: ap, Pos: in.Pos()})
			}
		}
		p := w.provOf(in.Val)
		if p == nil {
			return
		}
		if key, ok := w.cellKeyOf(in.Addr); ok {
			if w.inLoop(in.Block()) {
				// Read after this iteration (later in the loop, or
				// after it), the bounds it was cut with may have moved.
				p = w.loopCarried(p)
			}
			old := w.cells[key]
			if old == nil {
				w.cells[key] = p
			} else if old != p {
				j := w.join(in.Addr, "", []*Prov{old, p})
				if !sameProv(j, old) {
					w.changed = true
				}
				w.cells[key] = j
			}
			if key.field != -2 {
				// Into a field or an element of local memory: kept
				// in a collection, though one we can follow.
				w.emit(&Event{Kind: Escape, Instr: in, Prov: p, Pos: in.Pos(), Stored: true, Local: true})
			}
			return
		}
		if ap := w.provs[in.Addr]; ap != nil && ap.Rel == Own && ap.Root.Parent != nil {
			// Into a field of a struct we track (s.prev = s.cur.View()):
			// later loads of the field in this function get what was
			// stored.
			old := w.fields[ap.Root]
			j := w.join(in.Addr, "", []*Prov{old, p})
			if old == nil || !sameProv(j, old) {
				w.changed = true
			}
			w.fields[ap.Root] = j
		}
		w.emit(&Event{Kind: Escape, Instr: in, Prov: p, Pos: in.Pos(), Stored: true})

	case *ssa.UnOp:
		if in.Op == token.MUL {
			if key, ok := w.cellKeyOf(in.X); ok {
				p := w.cells[key]
				if whole := w.cells[cellKey{key.obj, -2}]; p == nil && key.field >= 0 && whole != nil {
					// A field of a struct stored whole (a spilled
					// value receiver).
					p = w.fieldProv(whole, in, key.obj.Type(), key.field)
				}
				if p == nil && key.field == -2 && w.env.Carries(in.Type()) {
					// A struct value read whole after its fields
					// were stored one by one.
					p = w.holderProv(key.obj.(*ssa.Alloc))
				}
				if w.inLoop(in.Block()) {
					// Memory keeps what an earlier iteration stored.
					p = w.loopCarried(p)
				}
				w.set(in, p)
				return
			}
			if w.cellAddr[in.X] {
				w.set(in, w.provOf(in.X))
				return
			}
			if g, ok := in.X.(*ssa.Global); ok && w.env.IsArray(in.Type()) {
				// Every load of a global array is the same array.
				w.set(in, &Prov{Root: w.root(g, RootOpaque), Rel: Own, Value: in, Named: true, Name: g.Name()})
				return
			}
			if p := w.provs[in.X]; p != nil && w.reaches(in.Type()) {
				if _, isField := in.X.(*ssa.FieldAddr); isField && p.Rel == Own && p.Root.Parent != nil {
					if stored := w.fields[p.Root]; stored != nil {
						w.set(in, stored)
						return
					}
					// The array held in a struct's field.
					w.set(in, &Prov{Root: p.Root, Rel: Own, Value: in})
					return
				}
				w.set(in, derive(p, in))
				return
			}
			w.provOf(in)
			return
		}
		if in.Op == token.ARROW {
			if ch, ok := in.X.(*ssa.MakeChan); ok {
				if p := w.cells[cellKey{ch, -1}]; p != nil {
					if in.CommaOk {
						w.tuple[in] = []*Prov{derive(p, nil), nil}
					} else {
						w.set(in, p)
					}
					return
				}
			}
			w.provOf(in)
		}

	case *ssa.FieldAddr:
		if _, ok := w.cellKeyOf(in); ok {
			return
		}
		if p := w.provs[in.X]; p != nil && w.reaches(in.Type()) {
			w.set(in, w.fieldProv(p, in, in.X.Type(), in.Field))
		}
	case *ssa.IndexAddr:
		if _, ok := w.cellKeyOf(in); ok {
			// A local buffer's element: local memory, unless the
			// buffer is followed (kept by a value built over it).
			if p := w.provs[in.X]; p != nil && !w.env.Carries(in.Type()) {
				w.set(in, derive(p, in))
			}
			return
		}
		if p := w.provs[in.X]; p != nil && w.reaches(in.Type()) {
			w.set(in, derive(p, in))
		}
	case *ssa.Field:
		if p := w.provs[in.X]; p != nil && w.reaches(in.Type()) {
			w.set(in, w.fieldProv(p, in, in.X.Type(), in.Field))
		}
	case *ssa.Index:
		if p := w.provs[in.X]; p != nil && w.reaches(in.Type()) {
			w.set(in, derive(p, in))
		}
	case *ssa.Lookup:
		if in.CommaOk {
			return
		}
		if m, ok := in.X.(*ssa.MakeMap); ok {
			w.set(in, w.cells[cellKey{m, -1}])
			return
		}
		if p := w.provs[in.X]; p != nil && w.reaches(in.Type()) {
			w.set(in, derive(p, in))
		}
	case *ssa.Slice:
		switch x := in.X.(type) {
		case *ssa.Alloc, *ssa.MakeSlice:
			if p := w.cells[cellKey{x, -1}]; p != nil {
				w.set(in, derive(p, in))
			}
			return
		}
		if p := w.provs[in.X]; p != nil {
			w.set(in, derive(p, in))
		}
	case *ssa.ChangeType:
		if p := w.provOf(in.X); p != nil {
			w.set(in, p)
		}
	case *ssa.Convert:
		if p := w.provs[in.X]; p != nil && w.reaches(in.Type()) {
			w.set(in, p)
		}
	case *ssa.MakeInterface:
		if w.env.IsArray(in.Type()) {
			// Into an interface a contract declares an array type
			// (gonum's Matrix): the same array, not a use of it.
			if p := w.provOf(in.X); p != nil {
				w.set(in, p)
				return
			}
		}
		w.read(in, in.X, usePos(in))
	case *ssa.ChangeInterface:
		if p := w.provs[in.X]; p != nil && w.env.IsArray(in.Type()) {
			w.set(in, p)
		}
	case *ssa.TypeAssert:
		if p := w.provs[in.X]; p != nil {
			// Back out of an array interface: the same array.
			if in.CommaOk {
				if tup, ok := in.Type().(*types.Tuple); ok && w.env.IsArray(tup.At(0).Type()) {
					w.tuple[in] = []*Prov{p, nil}
					return
				}
			} else if w.env.IsArray(in.Type()) {
				w.set(in, p)
				return
			}
		}
		w.provOf(in)
	case *ssa.Extract:
		if ps, ok := w.tuple[in.Tuple]; ok && in.Index < len(ps) && ps[in.Index] != nil {
			p := *ps[in.Index]
			p.Value = in
			w.set(in, &p)
			return
		}
		if next, ok := in.Tuple.(*ssa.Next); ok && in.Index == 2 {
			if rng, ok := next.Iter.(*ssa.Range); ok {
				if m, ok := rng.X.(*ssa.MakeMap); ok {
					w.set(in, w.cells[cellKey{m, -1}])
					return
				}
				if p := w.provs[rng.X]; p != nil {
					w.set(in, derive(p, in))
					return
				}
			}
		}
		w.provOf(in)

	case *ssa.MapUpdate:
		p := w.provOf(in.Value)
		if p == nil {
			return
		}
		if m, ok := in.Map.(*ssa.MakeMap); ok {
			key := cellKey{m, -1}
			w.cells[key] = w.join(m, "", []*Prov{w.cells[key], p})
		}
		w.emit(&Event{Kind: Escape, Instr: in, Prov: p, Pos: in.Pos(), Stored: true})
	case *ssa.Send:
		p := w.provOf(in.X)
		if ch, ok := in.Chan.(*ssa.MakeChan); ok && p != nil {
			key := cellKey{ch, -1}
			w.cells[key] = w.join(ch, "", []*Prov{w.cells[key], p})
		}
		w.emit(&Event{Kind: Escape, Instr: in, Prov: p, Pos: in.Pos(), Stored: true})
	case *ssa.Panic:
		w.read(in, in.X, in.Pos())
	case *ssa.Return:
		var ps []*Prov
		for i, r := range in.Results {
			p := w.provOf(r)
			if p == nil {
				p = w.containerProv(r)
			}
			if p == nil && w.pending[r] {
				w.pendingResults[i] = true
			}
			ps = append(ps, p)
			w.emit(&Event{Kind: Escape, Instr: in, Prov: p, Pos: in.Pos(), Returned: true})
		}
		w.results = append(w.results, ps)
	case *ssa.MakeClosure:
		fn, _ := in.Fn.(*ssa.Function)
		if fn == nil || IsBoundWrapper(fn) {
			for _, b := range in.Bindings {
				if p := w.provOf(b); p != nil {
					w.set(in, p)
				}
			}
			return
		}
		free := make([]*Prov, len(in.Bindings))
		for i, b := range in.Bindings {
			if key, ok := w.cellKeyOf(b); ok {
				free[i] = w.cells[key]
			} else {
				free[i] = w.provOf(b)
			}
		}
		w.closures[fn] = free
	case *ssa.Call:
		w.call(in, in.Common(), in)
	case *ssa.Go:
		w.call(in, in.Common(), nil)
	case *ssa.Defer:
		w.call(in, in.Common(), nil)
	}
}

// edgeProv returns the provenance of a phi edge; the contents of fresh
// containers and nil constants add nothing.
func (w *walker) edgeProv(v ssa.Value) *Prov {
	switch v.(type) {
	case *ssa.Const, *ssa.MakeSlice, *ssa.MakeMap:
		return nil
	}
	return w.provOf(v)
}

// callArgs returns the callee and the arguments of a call, numbered like
// the callee's parameters (a bound method's receiver first).
func callArgs(c *ssa.CallCommon) (*ssa.Function, []ssa.Value) {
	if c.IsInvoke() {
		return nil, append([]ssa.Value{c.Value}, c.Args...)
	}
	switch fn := c.Value.(type) {
	case *ssa.Function:
		return fn, c.Args
	case *ssa.MakeClosure:
		callee, _ := fn.Fn.(*ssa.Function)
		if callee != nil && IsBoundWrapper(callee) && len(fn.Bindings) > 0 {
			return callee, append(append([]ssa.Value(nil), fn.Bindings...), c.Args...)
		}
		return callee, c.Args
	}
	return nil, c.Args
}

// IsBoundWrapper reports whether fn is the wrapper of a method value
// (x.M used as a function value).
func IsBoundWrapper(fn *ssa.Function) bool {
	return strings.HasPrefix(fn.Synthetic, "bound method wrapper")
}

func (w *walker) call(instr ssa.Instruction, c *ssa.CallCommon, result ssa.Value) {
	if b, ok := c.Value.(*ssa.Builtin); ok {
		w.builtin(instr, b, c.Args, result)
		return
	}
	callee, args := callArgs(c)
	var sum *Summary
	if callee != nil && w.env.Summary != nil {
		sum = w.env.Summary(callee)
	} else if c.IsInvoke() && w.env.Method != nil {
		sum = w.env.Method(c.Method)
	}
	// Deferred calls and goroutines run at a time the model does not
	// order: their writes are not reported.
	_, deferred := instr.(*ssa.Defer)
	if _, isGo := instr.(*ssa.Go); isGo {
		deferred = true
	}
	provs := make([]*Prov, len(args))
	var written []*Root
	for i, a := range args {
		provs[i] = w.provOf(a)
		if provs[i] != nil && sum != nil && sum.WritesParam(i) && !deferred {
			written = append(written, provs[i].Root)
		}
	}
	pos := c.Pos()
	for i, p := range provs {
		if p == nil || (sum != nil && sum.Meta) {
			continue
		}
		if sum != nil && sum.WritesParam(i) && !deferred {
			if sum.WritesBeyondParam(i) {
				// The callee writes through the argument's base:
				// what the argument selects does not bound it.
				q := *p
				q.Region, q.Unbounded = nil, true
				p = &q
			}
			w.emit(&Event{Kind: Write, Instr: instr, Prov: p, Pos: pos, Callee: callee})
		} else if sum != nil && sum.ViewsParam(i) {
			// Making a view reads nothing.
		} else {
			opaque := sum == nil && callee == nil && !deferred
			if opaque && w.recording && w.env.Note != nil {
				w.env.Note(pos, "not followed: an array passed to a function value or an interface method (its writes are unknown)")
			}
			w.emit(&Event{Kind: Read, Instr: instr, Prov: p, Pos: pos, Writes: written, Opaque: opaque})
		}
		if sum != nil && sum.StoresParam(i) {
			w.emit(&Event{Kind: Escape, Instr: instr, Prov: p, Pos: pos, Stored: true})
		}
	}
	if result == nil || !w.env.Carries(result.Type()) && !sum.declaresResult() {
		return
	}
	// A new Go buffer handed to a view-maker (an array library wrapping
	// make([]T, n)) is fresh memory.
	for i, a := range args {
		if provs[i] == nil && w.isNewBuffer(a) {
			provs[i] = &Prov{Root: w.root(a, RootFresh), Rel: Own, Layout: LayoutContiguous, Value: a}
			if sum != nil && sum.StoresParam(i) {
				// Kept by what the call builds (NewDense(r, c, data)):
				// later writes to the buffer write that too, so the
				// buffer is followed from here on.
				w.set(a, provs[i])
			}
		}
	}
	if tup, ok := result.Type().(*types.Tuple); ok {
		ps := make([]*Prov, tup.Len())
		for i := range ps {
			if w.env.Carries(tup.At(i).Type()) || sum.declaresResult() && i < len(sum.Results) && sum.Results[i].Kind != ResultUnknown {
				ps[i] = w.resultProv(result, sum, i, provs)
			}
		}
		w.tuple[result] = ps
		return
	}
	p := w.resultProv(result, sum, 0, provs)
	if p == nil {
		w.pending[result] = true
		return
	}
	if p.Rel != Own && p.Site == result && sum != nil && len(sum.Results) > 0 {
		if r := sum.Results[0]; r.Param < len(args) && (r.Kind == ResultView || r.Kind == ResultReadOnly) {
			if src := w.provOf(args[r.Param]); src != nil && src.Value != nil {
				if sum.Declared && len(r.Axes) == 0 {
					// Only the library's own view-makers are known to
					// apply index arguments to axes in order; a user's
					// helper may apply them to any axis. (A contract's
					// axes word has said which already.)
					p.Region = w.sliceRegion(src, args)
				}
				if src.Layout == LayoutContiguous && p.Layout == LayoutUnknown && w.leadingSlice(args) {
					p.Layout = LayoutContiguous
				}
			}
		}
	}
	if p.Rel != Own && p.Layout == LayoutUnknown && w.stridedIndexArg(args) {
		p.Layout = LayoutStrided
	}
	w.set(result, p)
}

// flatArgs returns a call's arguments in order, with a variadic slice
// built at the call (f(a, b...) with literal elements) expanded into its
// elements. complete is false when a slice argument could not be expanded.
func flatArgs(args []ssa.Value) (vals []ssa.Value, complete bool) {
	complete = true
	for _, a := range args {
		sl, ok := a.(*ssa.Slice)
		if !ok {
			vals = append(vals, a)
			continue
		}
		alloc, ok := sl.X.(*ssa.Alloc)
		if !ok || alloc.Referrers() == nil || !onlyPassed(sl) {
			// Not a literal built for this call, or written again
			// after it was built (sel[0] = ...): its elements at the
			// call are unknown.
			complete = false
			continue
		}
		type elem struct {
			i int64
			v ssa.Value
		}
		var elems []elem
		for _, r := range *alloc.Referrers() {
			ia, ok := r.(*ssa.IndexAddr)
			if !ok || ia.Referrers() == nil {
				continue
			}
			c, ok := ia.Index.(*ssa.Const)
			if !ok {
				complete = false
				continue
			}
			i, _ := constant.Int64Val(c.Value)
			for _, r2 := range *ia.Referrers() {
				if st, ok := r2.(*ssa.Store); ok && st.Addr == ia {
					elems = append(elems, elem{i, st.Val})
				}
			}
		}
		sort.Slice(elems, func(x, y int) bool { return elems[x].i < elems[y].i })
		for k, e := range elems {
			if e.i != int64(k) {
				complete = false // an element stored twice, or one missing
			}
			vals = append(vals, e.v)
		}
	}
	return vals, complete
}

// indexArgs returns the values a slicing call gets, expanded (see flatArgs),
// or nil when they cannot all be known.
func indexArgs(args []ssa.Value) []ssa.Value {
	vals, complete := flatArgs(args)
	if !complete {
		return nil
	}
	return vals
}

// onlyPassed reports whether a slice value is used only as a call's
// argument, so that nothing writes its elements through it.
func onlyPassed(sl *ssa.Slice) bool {
	refs := sl.Referrers()
	if refs == nil {
		return false
	}
	for _, r := range *refs {
		if _, ok := r.(ssa.CallInstruction); !ok {
			return false
		}
	}
	return true
}

// sliceRegion returns what a slicing call selects on its input's axes, read
// from index constructors whose directives say what they select. It stops
// at the first index it cannot read, since that may or may not use up an
// axis (NewAxis does not), and returns nil when it selects whole axes only.
func (w *walker) sliceRegion(of *Prov, args []ssa.Value) *Region {
	var axes []Sel
	some := false
	for _, v := range indexArgs(args) {
		if w.env.IsArray(v.Type()) {
			continue // the receiver
		}
		call, ok := v.(*ssa.Call)
		if !ok {
			break
		}
		callee, cargs := callArgs(call.Common())
		if callee == nil || w.env.Summary == nil {
			break
		}
		sum := w.env.Summary(callee)
		if sum == nil || sum.Index == "" {
			break
		}
		sel := Sel{Kind: SelAll}
		switch sum.Index {
		case "newaxis":
			continue
		case "int":
			if len(cargs) == 1 {
				sel = Sel{Kind: SelInt, Lo: cargs[0]}
			}
		case "range":
			step := int64(1)
			if len(cargs) == 3 {
				var ok bool
				if step, ok = nonNegConst(cargs[2]); !ok || step == 0 {
					step = 0 // a negative or unknown step: positions unknown
				}
			}
			if len(cargs) >= 2 && step > 0 {
				sel = Sel{Kind: SelRange, Lo: openBound(cargs[0]), Hi: openBound(cargs[1]), Step: step}
			}
		}
		some = some || sel.Kind != SelAll
		axes = append(axes, sel)
	}
	if !some {
		return nil
	}
	return newRegion(of, axes)
}

// newRegion makes the region of a slice of of that selects axes.
func newRegion(of *Prov, axes []Sel) *Region {
	r := &Region{Of: of.Value, Axes: axes}
	if of.Rel == Own && of.Parent == nil {
		r.OfRoot = of.Root
	}
	return r
}

// leadingSlice reports whether a slicing call's indices keep a C-contiguous
// input contiguous: positions on the leading axes, then at most one range
// with step 1, then whole axes (new axes anywhere). It needs at least one
// index it can read, so that calls without indices are not taken for it.
func (w *walker) leadingSlice(args []ssa.Value) bool {
	seen := false
	phase := 0 // 0: positions, 1: after the range, whole axes only
	for _, v := range indexArgs(args) {
		call, ok := v.(*ssa.Call)
		if !ok {
			if w.env.IsArray(v.Type()) {
				continue // the receiver
			}
			return false
		}
		callee, cargs := callArgs(call.Common())
		if callee == nil || w.env.Summary == nil {
			return false
		}
		sum := w.env.Summary(callee)
		if sum == nil {
			return false
		}
		if sum.Index == "" {
			if w.env.IsArray(call.Type()) {
				continue // the receiver, made by a call
			}
			return false
		}
		seen = true
		switch sum.Index {
		case "newaxis":
		case "int":
			if phase != 0 {
				return false
			}
		case "range":
			if phase != 0 {
				return false
			}
			if len(cargs) == 3 {
				if st, ok := nonNegConst(cargs[2]); !ok || st != 1 {
					return false
				}
			}
			phase = 1
		case "all":
			phase = 1
		default:
			return false
		}
	}
	return seen
}

// openBound returns nil for the End sentinel (the most negative int).
func openBound(v ssa.Value) ssa.Value {
	if c, ok := v.(*ssa.Const); ok && c.Value != nil {
		if i, ok := constant.Int64Val(c.Value); ok && i == math.MinInt64 {
			return nil
		}
	}
	return v
}

// stridedIndexArg reports whether a view-making call gets an index made by
// a strided index constructor (a step other than the constant 1), passed
// directly or in its variadic slice.
func (w *walker) stridedIndexArg(args []ssa.Value) bool {
	vals := indexArgs(args)
	for _, v := range vals {
		call, ok := v.(*ssa.Call)
		if !ok {
			continue
		}
		callee, cargs := callArgs(call.Common())
		if callee == nil || w.env.Summary == nil {
			continue
		}
		sum := w.env.Summary(callee)
		if sum == nil || !sum.StridedIndex || len(cargs) == 0 {
			continue
		}
		if c, ok := cargs[len(cargs)-1].(*ssa.Const); ok && c.Value != nil && c.Value.String() == "1" {
			continue
		}
		return true
	}
	return false
}

// identityPermutation reports whether a call's integer arguments are all
// constants that leave axes in place: 0, 1, ..., k-1, or one axis swapped
// with itself.
func identityPermutation(site ssa.Value) bool {
	call, ok := site.(*ssa.Call)
	if !ok {
		return false
	}
	vals, complete := flatArgs(call.Call.Args)
	if !complete {
		return false
	}
	var ints []int64
	for _, v := range vals {
		if b, ok := v.Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
			continue // the receiver
		}
		c, ok := v.(*ssa.Const)
		if !ok || c.Value == nil {
			return false
		}
		i, ok := constant.Int64Val(c.Value)
		if !ok {
			return false
		}
		ints = append(ints, i)
	}
	if len(ints) == 0 {
		return false
	}
	if len(ints) == 2 && ints[0] == ints[1] {
		return true
	}
	for i, v := range ints {
		if v != int64(i) {
			return false
		}
	}
	return true
}

// isNewBuffer reports whether v is a Go slice over new memory: made here,
// or returned by a function declared fresh (an allocation helper).
func (w *walker) isNewBuffer(v ssa.Value) bool {
	switch v := v.(type) {
	case *ssa.Const:
		// A nil slice: the callee allocates (gonum's NewDense(r, c, nil)).
		_, isSlice := v.Type().Underlying().(*types.Slice)
		return isSlice && v.IsNil()
	case *ssa.MakeSlice:
		return true
	case *ssa.Slice:
		_, ok := v.X.(*ssa.Alloc)
		return ok
	case *ssa.Call:
		if _, isSlice := v.Type().Underlying().(*types.Slice); !isSlice {
			return false
		}
		if b, ok := v.Call.Value.(*ssa.Builtin); ok {
			return b.Name() == "append" && len(v.Call.Args) > 0 && zeroCap(v.Call.Args[0])
		}
		if fn := v.Call.StaticCallee(); fn != nil && w.env.Summary != nil {
			sum := w.env.Summary(fn)
			return sum != nil && sum.Declared && len(sum.Results) == 1 && sum.Results[0].Kind == ResultFresh
		}
	}
	return false
}

// ssaComment lists the comments the SSA builder gives allocations that are
// not variables.
var ssaComment = map[string]bool{"slicelit": true, "varargs": true, "complit": true, "makeslice": true, "new": true}

// zeroCap reports whether v is a slice expression with a constant capacity
// of zero (s[:0:0]): appending to it always allocates.
func zeroCap(v ssa.Value) bool {
	sl, ok := v.(*ssa.Slice)
	if !ok || sl.Max == nil {
		return false
	}
	n, ok := nonNegConst(sl.Max)
	if !ok || n != 0 {
		return false
	}
	lo, ok := nonNegConst(sl.Low)
	return sl.Low == nil || ok && lo == 0
}

// resultProv returns the provenance of result i of a call.
func (w *walker) resultProv(site ssa.Value, sum *Summary, i int, args []*Prov) *Prov {
	var r Result
	if sum != nil && i < len(sum.Results) {
		r = sum.Results[i]
	}
	name, named := "", false
	if w.env.Binding != nil {
		name, named = w.env.Binding(site, i)
	}
	var src *Prov
	if r.Kind >= ResultCopy && r.Param < len(args) {
		src = args[r.Param]
	}
	switch r.Kind {
	case ResultFresh:
		layout := LayoutContiguous
		if r.AnyLayout {
			layout = LayoutUnknown
		}
		return &Prov{Root: w.root(site, RootFresh), Rel: Own, Layout: layout, Value: site, Named: named, Name: name}
	case ResultCopy:
		root := w.root(site, RootCopy)
		root.Source = src
		return &Prov{Root: root, Rel: Own, Layout: LayoutContiguous, Value: site, Named: named, Name: name}
	case ResultPending:
		return nil
	case ResultView, ResultReadOnly, ResultMayView:
		if src == nil {
			break
		}
		p := &Prov{Root: src.Root, Rel: View, Layout: LayoutUnknown, ReadOnly: src.ReadOnly, ROSite: src.ROSite,
			Site: site, Parent: src, Value: site, Named: named, Name: name}
		if src.Rel == MayView {
			p.Rel = MayView
		}
		if r.Whole {
			// Not within the argument: what the argument selects
			// says nothing about it.
			p.Parent, p.BaseOf = nil, src
		} else if call, ok := site.(*ssa.Call); ok && len(r.Axes) > 0 && src.Value != nil &&
			(r.Kind == ResultView || r.Kind == ResultReadOnly) {
			_, vals := callArgs(call.Common())
			p.Region = callRegion(src, r.Axes, vals)
		}
		switch r.Kind {
		case ResultReadOnly:
			p.ReadOnly = true
			if p.ROSite == nil {
				p.ROSite = site
			}
		case ResultMayView:
			if r.Capacity {
				// Capacity, not layout, decides: a view while it lasts.
				p.Rel, p.Capacity = MayView, true
				break
			}
			switch src.Layout {
			case LayoutContiguous:
				p.Layout = LayoutContiguous
			case LayoutStrided:
				// NumPy's reshape has to copy a non-contiguous array.
				root := w.root(site, RootCopy)
				root.Source = src
				return &Prov{Root: root, Rel: Own, Layout: LayoutContiguous, Value: site, Named: named, Name: name}
			default:
				p.Rel = MayView
			}
		}
		if r.Strided && identityPermutation(site) {
			// Transpose(0, 1), SwapAxes(1, 1): the layout is unchanged.
			p.Layout = src.Layout
		} else if r.Strided {
			// Permuting a permuted array may restore C order.
			if src.Layout == LayoutStrided {
				p.Layout = LayoutUnknown
			} else {
				p.Layout = LayoutStrided
			}
		}
		return p
	}
	return &Prov{Root: w.root(site, RootOpaque), Rel: Own, Value: site, Named: named, Name: name}
}

func (w *walker) builtin(instr ssa.Instruction, b *ssa.Builtin, args []ssa.Value, result ssa.Value) {
	switch b.Name() {
	case "append":
		if result == nil {
			return
		}
		if sl, ok := result.Type().Underlying().(*types.Slice); ok && !w.env.Carries(sl.Elem()) {
			// Elements are copied by value: the result shares only the
			// first argument's memory (or is new).
			if zeroCap(args[0]) {
				return // append(s[:0:0], ...) always allocates
			}
			if p := w.edgeProv(args[0]); p != nil {
				w.set(result, p)
			}
			return
		}
		ps := make([]*Prov, 0, len(args))
		for i, a := range args {
			p := w.edgeProv(a)
			ps = append(ps, p)
			if i > 0 && p != nil {
				w.emit(&Event{Kind: Escape, Instr: instr, Prov: p, Pos: instr.Pos(), Stored: true, Local: true})
			}
		}
		if p := w.join(result, "", ps); p != nil {
			w.set(result, p)
		}
	case "copy", "clear":
		// Copies of slices of arrays move pointers, not array memory;
		// copies of elements write their destination as the builtin's
		// contract says.
		var sum *Summary
		if w.env.Builtin != nil {
			sum = w.env.Builtin(b.Name())
		}
		if sum == nil || len(args) == 0 {
			return
		}
		if sl, ok := args[0].Type().Underlying().(*types.Slice); !ok || w.env.Carries(sl.Elem()) {
			return
		}
		for i, a := range args {
			p := w.provOf(a)
			if p == nil {
				continue
			}
			if sum.WritesParam(i) {
				w.emit(&Event{Kind: Write, Instr: instr, Prov: p, Pos: instr.Pos()})
			} else {
				w.emit(&Event{Kind: Read, Instr: instr, Prov: p, Pos: instr.Pos()})
			}
		}
	case "len", "cap", "print", "println", "delete", "min", "max":
	}
}

// summarize infers fn's summary from its events and results.
func (w *walker) summarize() *Summary {
	s := &Summary{}
	for _, ev := range w.events {
		r := ev.Prov.Root
		if !w.ownParam(r) || r.Param >= 64 {
			continue
		}
		switch {
		case ev.Kind == Write:
			s.Writes |= 1 << uint(r.Param)
			if beyondParam(ev.Prov) {
				s.WritesBeyond |= 1 << uint(r.Param)
			}
		case ev.Kind == Escape && ev.Stored && !ev.Local:
			s.Stores |= 1 << uint(r.Param)
		}
	}
	nres := w.fn.Signature.Results().Len()
	s.Results = make([]Result, nres)
	for i := 0; i < nres; i++ {
		var res Result
		first := true
		for _, ret := range w.results {
			if i >= len(ret) || ret[i] == nil {
				continue
			}
			r := resultOf(ret[i])
			if r.Kind >= ResultCopy && ret[i].Root.Kind == RootParam && !w.ownParam(ret[i].Root) {
				// A closure's captured variable: not one of its
				// parameters, whatever its index in its own function.
				r = Result{Kind: ResultUnknown}
			}
			if r.Kind == ResultView || r.Kind == ResultReadOnly {
				r.Axes = w.resultAxes(ret[i])
			}
			switch {
			case first:
				res, first = r, false
			case res.Kind == r.Kind && res.Param == r.Param:
				// The same relation on every path; the layout is
				// known only if every path agrees on it.
				res.Strided = res.Strided && r.Strided
				res.Whole = res.Whole || r.Whole
				if !sameAxes(res.Axes, r.Axes) {
					res.Axes = nil
				}
			case !sameResult(res, r):
				res = Result{Kind: ResultUnknown}
			}
		}
		if first && w.pendingResults[i] {
			// Only recursion so far: the caller's other paths decide.
			res = Result{Kind: ResultPending}
		}
		s.Results[i] = res
	}
	return s
}

// ownParam reports whether r is a parameter of the function being analyzed,
// not one of an enclosing function that a closure captured.
func (w *walker) ownParam(r *Root) bool {
	if r.Kind != RootParam || r.Param >= len(w.fn.Params) {
		return false
	}
	for r.Parent != nil {
		r = r.Parent // a field of a struct parameter
	}
	p := w.provs[w.fn.Params[r.Param]]
	return p != nil && p.Root == r
}

// resultAxes returns what a returned slice of a parameter selects on it, in
// terms of constants and parameters, or nil.
func (w *walker) resultAxes(p *Prov) []ResultSel {
	if p == nil || p.Region == nil || p.Unbounded || p.Parent == nil || p.Parent.Rel != Own ||
		p.Parent.Root.Kind != RootParam || p.Parent.Root.Parent != nil || p.Region.Of != p.Parent.Value {
		return nil
	}
	// The parameter itself, not a field of it or a captured variable: a
	// caller applies the selection to its argument.
	if pr := p.Parent.Root.Param; pr >= len(w.fn.Params) || p.Region.Of != ssa.Value(w.fn.Params[pr]) {
		return nil
	}
	bound := func(v ssa.Value) (Bound, bool) {
		switch v := v.(type) {
		case nil:
			return Bound{Kind: BoundOpen}, true
		case *ssa.Const:
			if i, ok := constant.Int64Val(v.Value); ok {
				return Bound{Kind: BoundConst, Value: i}, true
			}
		case *ssa.Parameter:
			for i, q := range w.fn.Params {
				if q == v {
					return Bound{Kind: BoundParam, Value: int64(i)}, true
				}
			}
		}
		return Bound{}, false
	}
	axes := make([]ResultSel, len(p.Region.Axes))
	some := false
	for i, s := range p.Region.Axes {
		lo, ok1 := bound(s.Lo)
		hi, ok2 := bound(s.Hi)
		if s.Kind == SelAll || !ok1 || !ok2 {
			continue // the whole axis, as far as a caller can tell
		}
		axes[i] = ResultSel{Kind: s.Kind, Lo: lo, Hi: hi, Step: s.Step}
		some = true
	}
	if !some {
		return nil
	}
	return axes
}

// callRegion turns a callee's result selection into a Region of the
// argument it slices, with the call's arguments for the bounds.
func callRegion(src *Prov, axes []ResultSel, args []ssa.Value) *Region {
	value := func(b Bound) (ssa.Value, bool) {
		switch b.Kind {
		case BoundConst:
			return ssa.NewConst(constant.MakeInt64(b.Value), types.Typ[types.Int]), true
		case BoundParam:
			if int(b.Value) < len(args) {
				return args[b.Value], true
			}
			return nil, false
		}
		return nil, true
	}
	sels := make([]Sel, len(axes))
	for i, s := range axes {
		lo, ok1 := value(s.Lo)
		hi, ok2 := value(s.Hi)
		if s.Kind == SelAll || !ok1 || !ok2 {
			continue // SelAll
		}
		sels[i] = Sel{Kind: s.Kind, Lo: lo, Hi: hi, Step: s.Step}
	}
	return newRegion(src, sels)
}

// beyondParam reports whether a value made from a parameter's memory may
// reach past what the parameter selects: somewhere on its chain of views is
// the base of a view (Base), which covers the whole array.
func beyondParam(p *Prov) bool {
	for x, i := p, 0; x != nil && i < 32; x, i = x.Parent, i+1 {
		if x.BaseOf != nil {
			return true
		}
	}
	return false
}

func resultOf(p *Prov) Result {
	strided := p.Layout == LayoutStrided
	switch p.Root.Kind {
	case RootParam:
		switch {
		case p.ReadOnly:
			return Result{Kind: ResultReadOnly, Param: p.Root.Param, Strided: strided, Whole: beyondParam(p)}
		case p.Rel == MayView:
			return Result{Kind: ResultMayView, Param: p.Root.Param, Whole: beyondParam(p)}
		default:
			return Result{Kind: ResultView, Param: p.Root.Param, Strided: strided, Whole: beyondParam(p)}
		}
	case RootFresh:
		return Result{Kind: ResultFresh}
	case RootCopy:
		if src := p.Root.Source; src != nil && src.Root.Kind == RootParam {
			return Result{Kind: ResultCopy, Param: src.Root.Param}
		}
		return Result{Kind: ResultFresh}
	}
	return Result{Kind: ResultUnknown}
}
