package alias

// MustOverlap reports whether p and q certainly share an element, as far as
// the model can prove it: one is a view of the other, or both are slices of
// one array whose selections, with constant bounds, meet on every axis.
// identical reports that they select exactly the same elements the same
// way (two headers over one region). Unknown bounds and unrelated values
// give false: the callers report only what must happen.
func MustOverlap(p, q *Prov) (overlap, identical bool) {
	if p == nil || q == nil || p.Root != q.Root || p.Unbounded || q.Unbounded {
		return false, false
	}
	if p.Rel == MayView || q.Rel == MayView {
		return false, false // a copy for some layouts
	}
	if sameValue(p, q) {
		return true, true
	}
	// One is a view of the other: the view is inside it. (Assumes the view
	// is not empty, which an empty operand makes moot.)
	if within(p, q) || within(q, p) {
		return true, false
	}
	if p.Region == nil || q.Region == nil || !p.Region.sameArray(q.Region) {
		return false, false
	}
	identical = true
	n := max(len(p.Region.Axes), len(q.Region.Axes))
	for k := 0; k < n; k++ {
		a, b := selAt(p.Region, k), selAt(q.Region, k)
		meet, same, known := a.meets(b)
		if !known || !meet {
			return false, false
		}
		identical = identical && same
	}
	return true, identical
}

// sameValue reports whether p and q are the same value (one passed twice,
// perhaps converted to an interface in between).
func sameValue(p, q *Prov) bool {
	if p == q {
		return true
	}
	return p.Value != nil && p.Value == q.Value
}

// within reports whether p is q or a view derived from it through views
// that do not reach past it (Base).
func within(p, q *Prov) bool {
	for x, i := p, 0; x != nil && i < 32; x, i = x.Parent, i+1 {
		if sameValue(x, q) {
			return true
		}
		if x.BaseOf != nil {
			return false
		}
	}
	return false
}

func selAt(r *Region, k int) Sel {
	if k < len(r.Axes) {
		return r.Axes[k]
	}
	return Sel{Kind: SelAll}
}

// meets compares two selections on one axis with constant bounds: whether
// they share a position, whether they are the same selection, and whether
// the bounds were known well enough to say.
func (a Sel) meets(b Sel) (meet, same, known bool) {
	lo := func(s Sel) (int64, bool) { return boundConst(s.Lo, 0) }
	switch {
	case a.Kind == SelAll && b.Kind == SelAll:
		return true, true, true
	case a.Kind == SelAll || b.Kind == SelAll:
		// The whole axis meets any non-empty selection; the two differ
		// unless the other covers the axis, which is not known.
		return true, false, true
	case a.Kind == SelInt && b.Kind == SelInt:
		x, ok1 := nonNegConst(a.Lo)
		y, ok2 := nonNegConst(b.Lo)
		return x == y, x == y, ok1 && ok2
	}
	if a.Kind == SelInt {
		a, b = b, a
	}
	aLo, ok1 := lo(a)
	aHi, ok2 := boundConst(a.Hi, -1)
	if !ok1 || !ok2 || aHi < 0 || a.Step != 1 {
		return false, false, false
	}
	if b.Kind == SelInt {
		k, ok := nonNegConst(b.Lo)
		return ok && aLo <= k && k < aHi, false, ok
	}
	bLo, ok3 := lo(b)
	bHi, ok4 := boundConst(b.Hi, -1)
	if !ok3 || !ok4 || bHi < 0 || b.Step != 1 {
		return false, false, false
	}
	meet = aLo < bHi && bLo < aHi && aLo < aHi && bLo < bHi
	return meet, meet && aLo == bLo && aHi == bHi, true
}
