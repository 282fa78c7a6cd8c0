package ndarray

import "slices"

// Reshape returns a's elements, read in C order, as an array of shape. One
// dimension may be -1: it is inferred from a's size and the others.
//
// Whether the result shares a's memory depends on a's layout, exactly as in
// NumPy: it is a view when the new shape only merges or splits axes whose
// strides chain (always the case for a C-contiguous a, and axes of length 1
// never matter), and a fresh C-contiguous copy otherwise, for example for a
// transposed matrix reshaped to 1-D. Code that writes through the result
// and expects, or does not expect, to change a is therefore correct only
// for some layouts; call Copy first for an independent array, or check
// Base. A view is read-only when a is; a copy is writable.
//
// Reshape panics with an *Error (ErrShape) naming both shapes when the sizes
// differ, more than one dimension is -1 or a dimension is negative.
//
//viewcheck:mayview
func (a *Array[T]) Reshape(shape ...int) *Array[T] {
	newShape := a.resolveShape("Reshape", shape)
	if slices.Equal(newShape, a.shape) {
		// NumPy's shortcut: the same shape gives a view with a's strides.
		return a.View()
	}
	if a.IsContiguous() {
		return a.newView(a.offset, newShape, cStrides(newShape))
	}
	if strides, ok := noCopyStrides(a.shape, a.strides, newShape); ok {
		return a.newView(a.offset, newShape, strides)
	}
	c := a.Copy()
	c.shape = newShape
	c.strides = cStrides(newShape)
	c.updateFlags()
	return c
}

// resolveShape checks shape against a's size, inferring a -1 dimension, and
// returns a fresh slice holding the result.
func (a *Array[T]) resolveShape(op string, shape []int) []int {
	size := a.Size()
	out := append([]int(nil), shape...)
	unknown := -1
	known := 1
	for i, d := range shape {
		switch {
		case d == -1:
			if unknown >= 0 {
				panic(newError(op, ErrShape, "cannot reshape array of shape %v into shape %v: can only infer one dimension (-1)", a.shape, shape))
			}
			unknown = i
		case d < 0:
			panic(newError(op, ErrShape, "cannot reshape array of shape %v into shape %v: negative dimension %d", a.shape, shape, d))
		default:
			if d != 0 && known > maxInt/d {
				panic(newError(op, ErrShape, "cannot reshape array of shape %v into shape %v: too many elements", a.shape, shape))
			}
			known *= d
		}
	}
	if unknown >= 0 {
		// As in NumPy, a zero among the known dimensions leaves -1 ambiguous.
		if known == 0 || size%known != 0 {
			panic(newError(op, ErrShape, "cannot reshape array of shape %v (size %d) into shape %v", a.shape, size, shape))
		}
		out[unknown] = size / known
		return out
	}
	if known != size {
		panic(newError(op, ErrShape, "cannot reshape array of shape %v (size %d) into shape %v (size %d)", a.shape, size, shape, known))
	}
	return out
}

// noCopyStrides is NumPy's _attempt_nocopy_reshape for C order: it returns
// the strides that read an array of shape and strides as newShape (same
// size, non-zero) without copying, and false when there are none. Groups of
// old axes are matched with groups of new axes of the same total size; a
// group of old axes can be merged only when each axis's stride is the next
// one's stride times its length. Axes of length 1 are dropped first, since
// their strides never matter.
func noCopyStrides(shape, strides, newShape []int) ([]int, bool) {
	var oldDims, oldStrides []int
	for i, d := range shape {
		if d != 1 {
			oldDims = append(oldDims, d)
			oldStrides = append(oldStrides, strides[i])
		}
	}
	newStrides := make([]int, len(newShape))
	oi, oj, ni, nj := 0, 1, 0, 1
	for ni < len(newShape) && oi < len(oldDims) {
		np, op := newShape[ni], oldDims[oi]
		for np != op {
			if np < op {
				np *= newShape[nj]
				nj++
			} else {
				op *= oldDims[oj]
				oj++
			}
		}
		for ok := oi; ok < oj-1; ok++ {
			if oldStrides[ok] != oldDims[ok+1]*oldStrides[ok+1] {
				return nil, false
			}
		}
		newStrides[nj-1] = oldStrides[oj-1]
		for nk := nj - 1; nk > ni; nk-- {
			newStrides[nk-1] = newStrides[nk] * newShape[nk]
		}
		ni = nj
		nj++
		oi = oj
		oj++
	}
	// The new axes left over have length 1; NumPy gives them the stride of
	// the last axis placed, or one element.
	last := 1
	if ni >= 1 {
		last = newStrides[ni-1]
	}
	for nk := ni; nk < len(newShape); nk++ {
		newStrides[nk] = last
	}
	return newStrides, true
}

// Ravel returns a's elements in C order as a 1-D array: a view of a when a
// is C-contiguous, and a fresh copy otherwise (a transposed or stepped
// array), as NumPy's ravel does. Whether a write through the result reaches
// a therefore depends on a's layout; use Flatten for a copy whatever the
// layout. A view is read-only when a is.
//
//viewcheck:mayview
func (a *Array[T]) Ravel() *Array[T] {
	if a.IsContiguous() {
		return a.newView(a.offset, []int{a.Size()}, []int{1})
	}
	return a.Flatten()
}

// Flatten returns a fresh 1-D copy of a's elements in C order, whatever a's
// layout: writes to the result never reach a (unlike Ravel, which returns a
// view when it can).
//
//viewcheck:copy
func (a *Array[T]) Flatten() *Array[T] {
	c := a.Copy()
	c.shape = []int{len(c.data)}
	c.strides = []int{1}
	c.updateFlags()
	return c
}
