// Package alias is viewcheck's memory model: for every SSA value of an array
// type it computes a provenance (which memory it shares with what), and it
// lists the reads and writes of that memory in each function. The checks in
// package analyzer are queries over this model.
package alias

import (
	"go/constant"
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// A RootKind says where a block of memory came from.
type RootKind uint8

const (
	// RootFresh is memory the program knows is new: a constructor, an
	// explicit Copy, the result of arithmetic.
	RootFresh RootKind = iota
	// RootCopy is a copy of another array that a reader may mistake for a
	// view: Take, Mask, Flatten, a Reshape that has to copy.
	RootCopy
	// RootParam is the memory behind a parameter of the function.
	RootParam
	// RootOpaque is memory of unknown origin: a field, a global, the
	// result of a function without a summary.
	RootOpaque
)

// A Root is one block of memory, named by the place that made it.
type Root struct {
	Kind  RootKind
	Param int       // RootParam: the index in Function.Params
	Site  ssa.Value // the value that made the memory (nil for parameters)
	// Source is, for RootCopy, the array the copy was taken from.
	Source *Prov
	// Struct marks the memory of a struct that holds arrays (a parameter
	// d *Dense): each of its array fields is a root of its own (Sub), so
	// that d.W and d.B are not one array.
	Struct bool
	// Parent and Field name, for a field's root, the struct's root and
	// the field.
	Parent *Root
	Field  string
	subs   map[int]*Root
}

// Sub returns the root of the array held in field i (named name) of the
// struct r stands for.
func (r *Root) Sub(i int, name string) *Root {
	if s := r.subs[i]; s != nil {
		return s
	}
	if r.subs == nil {
		r.subs = make(map[int]*Root)
	}
	s := &Root{Kind: r.Kind, Param: r.Param, Site: r.Site, Source: r.Source, Parent: r, Field: name}
	r.subs[i] = s
	return s
}

// Top returns the outermost root r is a field of (r itself if none).
func (r *Root) Top() *Root {
	for r.Parent != nil {
		r = r.Parent
	}
	return r
}

// Rel is how a value relates to its root's memory.
type Rel uint8

const (
	// Own: the value is the root itself.
	Own Rel = iota
	// View: the value certainly shares the root's memory.
	View
	// MayView: the value shares the root's memory for some memory layouts
	// and is a copy for others (Reshape, Ravel of an unknown layout).
	MayView
)

// Layout is what is known of an array's memory layout.
type Layout uint8

const (
	LayoutUnknown Layout = iota
	LayoutContiguous
	LayoutStrided // certainly not C-contiguous
)

// A Prov is the provenance of one value: the memory it reaches and how.
type Prov struct {
	Root     *Root
	Rel      Rel
	Layout   Layout
	ReadOnly bool
	// ROSite is the call that made the value read-only.
	ROSite ssa.Value
	// Site is the call that made this value from Parent (a view-making
	// call), or nil when the value is the root or came out of a phi,
	// a field or a container.
	Site   ssa.Value
	Parent *Prov
	Value  ssa.Value
	// Named reports whether Site's result is bound to a variable, and
	// Name is that variable's name.
	Named bool
	Name  string
	// Region is, for a slice of another array, what it selects on its
	// input's axes, as far as the index expression says.
	Region *Region
	// BaseOf is, for the base of a view (Base), the view it was taken
	// from: the base has no Parent, since it is not within that view.
	BaseOf *Prov
	// Unbounded marks a value whose chain of views does not bound it:
	// it arrived from an earlier loop iteration, where the bounds its
	// regions were cut with held other values.
	Unbounded bool
	// Capacity marks a MayView link that depends on capacity (append,
	// Grow) rather than on layout.
	Capacity bool
	// Members lists, for a value merged from several of the same root's
	// (a phi, the contents of a channel or map), the values merged.
	Members []*Prov
}

// DerivedFrom reports whether p is v's provenance or derives from it
// through views, or merges a value that does.
func (p *Prov) DerivedFrom(v *Prov) bool { return p.derivedFrom(v, 0) }

func (p *Prov) derivedFrom(v *Prov, depth int) bool {
	if depth > 8 {
		return false
	}
	for q := p; q != nil; q = q.Parent {
		if q == v || (q.Value != nil && q.Value == v.Value) {
			return true
		}
		for _, m := range q.Members {
			if m.derivedFrom(v, depth+1) {
				return true
			}
		}
	}
	return false
}

// members returns the values p stands for.
func (p *Prov) members() []*Prov {
	if len(p.Members) > 0 {
		return p.Members
	}
	return []*Prov{p}
}

// NamedView returns the nearest named view on p's chain of views, or nil.
func (p *Prov) NamedView() *Prov {
	for q := p; q != nil && q.Rel != Own; q = q.Parent {
		if q.Named && (q.Site != nil || q.Phi() != nil) {
			return q
		}
	}
	return nil
}

// Phi returns the phi node a merged provenance belongs to, or nil.
func (p *Prov) Phi() *ssa.Phi {
	if p.Site != nil {
		return nil
	}
	phi, _ := p.Value.(*ssa.Phi)
	return phi
}

// MayViewLink returns the layout- or capacity-dependent link on p's chain,
// or nil: the one nearest the root, where the dependence starts (views
// made from it inherit it).
func (p *Prov) MayViewLink() *Prov {
	var link *Prov
	for q := p; q != nil && q.Rel != Own; q = q.Parent {
		if q.Rel == MayView && q.Site != nil {
			link = q
		}
	}
	return link
}

// An EventKind classifies a use of memory.
type EventKind uint8

const (
	Read EventKind = iota
	Write
	// Escape: the value is stored where the function can no longer see
	// it (a field of non-local memory, a map, a channel) or returned.
	Escape
)

// An Event is one read, write or escape of a value's memory.
type Event struct {
	Kind  EventKind
	Instr ssa.Instruction
	Prov  *Prov
	Pos   token.Pos
	// Writes lists, for a read, the roots the same instruction writes:
	// a read that feeds a write back into its own root is a restore.
	Writes []*Root
	// Stored is set for an escape into a collection, field or channel,
	// or a call that stores its parameter.
	Stored bool
	// Local is set for a store into local memory the model follows (a
	// local struct's field, a local slice's element).
	Local bool
	// Returned is set for an escape by a return statement.
	Returned bool
	// Call is the call of a user function that does the write, if any.
	Callee *ssa.Function
	// Opaque marks a read that hands the array to code whose effects are
	// unknown (a function value, an interface method): it may also write.
	Opaque bool
}

// A Region is what a slice selects on each of its input's leading axes
// (axes past the end of Axes are whole). Bounds are SSA values, so that
// S(0, k) and S(k, End) are known to be disjoint whatever k is.
type Region struct {
	Of ssa.Value // the array sliced
	// OfRoot is set when Of is a whole root array (not a view): another
	// load of the same field or global is then the same array.
	OfRoot *Root
	Axes   []Sel
}

// sameArray reports whether two regions select from one array.
func (a *Region) sameArray(b *Region) bool {
	return a.Of == b.Of || (a.OfRoot != nil && a.OfRoot == b.OfRoot)
}

// A Sel is a selection on one axis: the whole axis, one position (Lo), or
// the positions Lo, Lo+Step, ... before Hi (nil Lo or Hi is an open end).
type Sel struct {
	Kind   SelKind
	Lo, Hi ssa.Value
	Step   int64 // for SelRange: a positive constant
}

// SelKind tells the kinds of Sel apart.
type SelKind int

const (
	SelAll SelKind = iota
	SelInt
	SelRange
)

// Disjoint reports whether p and q provably share no element because they
// (or arrays they are views of) are slices of one array whose selections
// do not meet on some axis.
func Disjoint(p, q *Prov) bool {
	for x, i := p, 0; x != nil && i < 16 && !x.Unbounded; x, i = x.Parent, i+1 {
		if x.Region == nil {
			continue
		}
		for y, j := q, 0; y != nil && j < 16 && !y.Unbounded; y, j = y.Parent, j+1 {
			if y.Region != nil && x.Region.sameArray(y.Region) && x.Region.disjoint(y.Region) {
				return true
			}
		}
	}
	return false
}

func (a *Region) disjoint(b *Region) bool {
	for k := 0; k < len(a.Axes) && k < len(b.Axes); k++ {
		if a.Axes[k].disjoint(b.Axes[k]) {
			return true
		}
	}
	return false
}

func (a Sel) disjoint(b Sel) bool {
	if a.Kind == SelAll || b.Kind == SelAll {
		return false
	}
	if a.Kind == SelInt && b.Kind == SelInt {
		x, okx := nonNegConst(a.Lo)
		y, oky := nonNegConst(b.Lo)
		return okx && oky && x != y
	}
	if a.Kind == SelInt {
		a, b = b, a
	}
	if b.Kind == SelInt {
		// a is a range, b one position.
		k, ok := nonNegConst(b.Lo)
		if !ok {
			return false
		}
		lo, okLo := boundConst(a.Lo, 0)
		hi, okHi := boundConst(a.Hi, -1)
		return (okLo && (k < lo || (k-lo)%a.Step != 0)) || (okHi && hi >= 0 && k >= hi)
	}
	// Two ranges: one ends where the other starts (the same value),
	// constant bounds that do not overlap, or progressions that never
	// meet (even and odd positions).
	if sameBound(a.Hi, b.Lo) || sameBound(b.Hi, a.Lo) {
		return true
	}
	aLo, ok1 := boundConst(a.Lo, 0)
	aHi, ok2 := boundConst(a.Hi, -1)
	bLo, ok3 := boundConst(b.Lo, 0)
	bHi, ok4 := boundConst(b.Hi, -1)
	if ok1 && ok4 && bHi >= 0 && bHi <= aLo {
		return true
	}
	if ok2 && ok3 && aHi >= 0 && aHi <= bLo {
		return true
	}
	return ok1 && ok3 && (bLo-aLo)%gcd(a.Step, b.Step) != 0
}

func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// sameBound reports whether two bounds are one and the same finite value.
func sameBound(x, y ssa.Value) bool {
	if x == nil || y == nil {
		return false
	}
	if x == y {
		if _, isConst := x.(*ssa.Const); !isConst {
			return true
		}
	}
	a, ok1 := nonNegConst(x)
	b, ok2 := nonNegConst(y)
	return ok1 && ok2 && a == b
}

// boundConst returns a non-negative constant bound; open (nil) stands for
// open, returned as ok with the value given.
func boundConst(v ssa.Value, open int64) (int64, bool) {
	if v == nil {
		return open, open >= 0
	}
	return nonNegConst(v)
}

func nonNegConst(v ssa.Value) (int64, bool) {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil {
		return 0, false
	}
	i, ok := constant.Int64Val(c.Value)
	return i, ok && i >= 0
}
