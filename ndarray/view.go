package ndarray

import (
	"slices"
	"strconv"
)

// This file holds the operations that only change how memory is read: each
// returns a view, a new Array header over the same data. None of them copies
// or writes an element, so they cost O(ndim) whatever the size of the array.

// View returns a new Array header over a's memory with a's layout: writes
// through either are seen by the other. Like NumPy's a.view(), it is how one
// names the same data twice on purpose. The view is read-only when a is.
//
//viewcheck:view
func (a *Array[T]) View() *Array[T] {
	return a.newView(a.offset, a.Shape(), a.Strides())
}

// Slice returns a view of a selected by idx, with Python's indexing rules:
// S(start, stop) and Step(start, stop, step) select a range (negative bounds
// count from the end, End is an open bound, bounds past the ends are clamped
// and may select nothing, a negative step walks backwards), I(i) selects one
// position and removes the axis, NewAxis inserts an axis of length 1. Axes
// left over after idx are taken whole, so a.Slice() is a.View().
//
// The result always shares a's memory, whatever the steps; it is read-only
// when a is. Slice panics with an *Error when there are more indices than
// axes (ErrIndex), an I index is out of range (ErrIndex) or a step is zero
// (ErrValue); the message names the index, the axis and a's shape.
//
//viewcheck:view
func (a *Array[T]) Slice(idx ...Index) *Array[T] {
	used := 0
	for _, ix := range idx {
		if ix.kind != kindNewAxis {
			used++
		}
	}
	if used > len(a.shape) {
		panic(newError("Slice", ErrIndex, "too many indices: %d for array of shape %v (%d dimensions)", used, a.shape, len(a.shape)))
	}
	shape := make([]int, 0, len(a.shape)+len(idx)-used)
	strides := make([]int, 0, cap(shape))
	off := a.offset
	ax := 0
	for k, ix := range idx {
		switch ix.kind {
		case kindNewAxis:
			shape = append(shape, 1)
			strides = append(strides, 0)
		case kindInt:
			n := a.shape[ax]
			i := ix.start
			if i < -n || i >= n {
				panic(newError("Slice", ErrIndex, "index %d (I(%s)) out of range for axis %d with size %d (shape %v)", k, boundString(i), ax, n, a.shape))
			}
			if i < 0 {
				i += n
			}
			off += i * a.strides[ax]
			ax++
		default:
			if ix.step == 0 {
				panic(newError("Slice", ErrValue, "index %d has a zero step (axis %d, shape %v)", k, ax, a.shape))
			}
			start, length := sliceRange(ix.start, ix.stop, ix.step, a.shape[ax])
			if length > 0 {
				off += start * a.strides[ax]
			}
			shape = append(shape, length)
			strides = append(strides, a.strides[ax]*ix.step)
			ax++
		}
	}
	shape = append(shape, a.shape[ax:]...)
	strides = append(strides, a.strides[ax:]...)
	if slices.Contains(shape, 0) {
		// An empty view selects no element; keeping a's offset keeps it
		// inside the buffer, where kernels may slice from it.
		off = a.offset
	}
	return a.newView(off, shape, strides)
}

// sliceRange applies Python's slice.indices to an axis of length n: it
// returns the first position selected and the number of positions.
func sliceRange(start, stop, step, n int) (first, length int) {
	if step > 0 {
		start = clampBound(start, n, 0, 0, n)
		stop = clampBound(stop, n, n, 0, n)
		if stop <= start {
			return start, 0
		}
		return start, (stop - start + step - 1) / step
	}
	start = clampBound(start, n, n-1, -1, n-1)
	stop = clampBound(stop, n, -1, -1, n-1)
	if start <= stop {
		return start, 0
	}
	return start, (start-stop-1)/(-step) + 1
}

// clampBound resolves one slice bound: End becomes open, a negative value
// counts from the end, and the result is clamped to [lo, hi].
func clampBound(b, n, open, lo, hi int) int {
	if b == End {
		return open
	}
	if b < 0 {
		b += n
	}
	return min(max(b, lo), hi)
}

func boundString(i int) string {
	if i == End {
		return "End"
	}
	return strconv.Itoa(i)
}

// Transpose returns a view of a with its axes permuted: axis i of the result
// is axis axes[i] of a. Without axes it reverses them, so a 2-D array's
// Transpose is its matrix transpose. Negative axes count from the end.
//
// The result shares a's memory and is in general not C-contiguous, so a
// later Reshape or Ravel of it copies. It panics with an *Error (ErrAxis)
// when axes is not a permutation of a's axes.
//
//viewcheck:view
//viewcheck:layout strided
func (a *Array[T]) Transpose(axes ...int) *Array[T] {
	nd := len(a.shape)
	perm := make([]int, nd)
	if len(axes) == 0 {
		for i := range perm {
			perm[i] = nd - 1 - i
		}
	} else {
		if len(axes) != nd {
			panic(newError("Transpose", ErrAxis, "axes %v do not match the %d dimensions of shape %v", axes, nd, a.shape))
		}
		seen := make([]bool, nd)
		for i, ax := range axes {
			p := normAxis("Transpose", ax, nd, a.shape)
			if seen[p] {
				panic(newError("Transpose", ErrAxis, "axis %d repeated in axes %v for shape %v", ax, axes, a.shape))
			}
			seen[p] = true
			perm[i] = p
		}
	}
	shape := make([]int, nd)
	strides := make([]int, nd)
	for i, p := range perm {
		shape[i] = a.shape[p]
		strides[i] = a.strides[p]
	}
	return a.newView(a.offset, shape, strides)
}

// normAxis resolves a possibly negative axis of an nd-dimensional array,
// panicking with ErrAxis when it is out of range.
func normAxis(op string, ax, nd int, shape []int) int {
	if ax < -nd || ax >= nd {
		panic(newError(op, ErrAxis, "axis %d out of range for shape %v (%d dimensions)", ax, shape, nd))
	}
	if ax < 0 {
		ax += nd
	}
	return ax
}

// SwapAxes returns a view of a with axes a1 and a2 exchanged. Negative axes
// count from the end. The result shares a's memory and is in general not
// C-contiguous. It panics with an *Error (ErrAxis) when an axis is out of
// range.
//
//viewcheck:view
//viewcheck:layout strided
func (a *Array[T]) SwapAxes(a1, a2 int) *Array[T] {
	nd := len(a.shape)
	i := normAxis("SwapAxes", a1, nd, a.shape)
	j := normAxis("SwapAxes", a2, nd, a.shape)
	shape, strides := a.Shape(), a.Strides()
	shape[i], shape[j] = shape[j], shape[i]
	strides[i], strides[j] = strides[j], strides[i]
	return a.newView(a.offset, shape, strides)
}

// broadcastReadOnly is the reason BroadcastTo views refuse writes.
const broadcastReadOnly = "BroadcastTo repeats elements (zero strides), so one write would change many positions"

// BroadcastTo returns a read-only view of a with the given shape, following
// NumPy's broadcasting rules: shapes are aligned at their last axes, and
// each axis of a must equal the target's or have length 1; missing leading
// axes and axes of length 1 are repeated with a zero stride, without
// copying. Because one element appears at many positions, every write
// through the result panics with ErrReadOnly; Copy it to get a writable
// array.
//
// It panics with an *Error (ErrShape) naming both shapes when a does not
// broadcast to shape.
//
//viewcheck:readonly
//viewcheck:layout strided
func (a *Array[T]) BroadcastTo(shape ...int) *Array[T] {
	nd := len(shape)
	if nd < len(a.shape) {
		panic(newError("BroadcastTo", ErrShape, "cannot broadcast shape %v to %v: the target has fewer dimensions", a.shape, shape))
	}
	sizeOf("BroadcastTo", shape)
	newShape := append([]int(nil), shape...)
	strides := make([]int, nd)
	lead := nd - len(a.shape)
	for i := lead; i < nd; i++ {
		d := a.shape[i-lead]
		switch {
		case d == shape[i]:
			strides[i] = a.strides[i-lead]
		case d == 1:
			strides[i] = 0
		default:
			panic(newError("BroadcastTo", ErrShape, "cannot broadcast shape %v to %v: axis %d has size %d, want %d or 1", a.shape, shape, i-lead, d, shape[i]))
		}
	}
	v := a.newView(a.offset, newShape, strides)
	if v.readOnly == "" {
		v.readOnly = broadcastReadOnly
	}
	return v
}

// Squeeze returns a view of a without the given axes, which must have
// length 1; without axes it removes every axis of length 1. Negative axes
// count from the end. The result shares a's memory. It panics with an
// *Error when an axis is out of range or repeated (ErrAxis) or does not
// have length 1 (ErrShape).
//
//viewcheck:view
func (a *Array[T]) Squeeze(axes ...int) *Array[T] {
	nd := len(a.shape)
	drop := make([]bool, nd)
	if len(axes) == 0 {
		for i, d := range a.shape {
			drop[i] = d == 1
		}
	}
	for _, ax := range axes {
		p := normAxis("Squeeze", ax, nd, a.shape)
		if drop[p] {
			panic(newError("Squeeze", ErrAxis, "axis %d repeated in axes %v for shape %v", ax, axes, a.shape))
		}
		if a.shape[p] != 1 {
			panic(newError("Squeeze", ErrShape, "cannot squeeze axis %d of size %d (shape %v)", ax, a.shape[p], a.shape))
		}
		drop[p] = true
	}
	shape := make([]int, 0, nd)
	strides := make([]int, 0, nd)
	for i := range a.shape {
		if !drop[i] {
			shape = append(shape, a.shape[i])
			strides = append(strides, a.strides[i])
		}
	}
	return a.newView(a.offset, shape, strides)
}

// ExpandDims returns a view of a with an axis of length 1 inserted at
// position axis of the result, like NumPy's expand_dims: axis ranges over
// [-(Ndim+1), Ndim], negative values counting from the end of the result.
// The result shares a's memory. It panics with an *Error (ErrAxis) when axis
// is out of range.
//
//viewcheck:view
func (a *Array[T]) ExpandDims(axis int) *Array[T] {
	nd := len(a.shape)
	if axis < -(nd+1) || axis > nd {
		panic(newError("ExpandDims", ErrAxis, "axis %d out of range for inserting into shape %v (valid: %d to %d)", axis, a.shape, -(nd + 1), nd))
	}
	if axis < 0 {
		axis += nd + 1
	}
	// The new axis gets the stride a C-ordered array would give it, so that
	// expanding a contiguous array keeps Strides looking like NumPy's.
	stride := 1
	if axis < nd {
		stride = a.strides[axis] * a.shape[axis]
	}
	shape := make([]int, 0, nd+1)
	strides := make([]int, 0, nd+1)
	shape = append(append(append(shape, a.shape[:axis]...), 1), a.shape[axis:]...)
	strides = append(append(append(strides, a.strides[:axis]...), stride), a.strides[axis:]...)
	return a.newView(a.offset, shape, strides)
}

// diagonalReadOnly is the reason Diagonal views refuse writes.
const diagonalReadOnly = "Diagonal returns a read-only view, as NumPy's diagonal does"

// Diagonal returns a read-only 1-D view of the diagonal of the 2-D array a,
// like NumPy's a.diagonal(offset). The optional offset k selects the
// diagonal a[i, i+k]: k > 0 above the main diagonal, k < 0 below it; with
// no argument k is 0. A k beyond the array gives an empty view.
//
// The view shares a's memory and is read-only, as in NumPy, so that code
// meant to read a diagonal cannot write into the matrix by accident; Copy it
// to get a writable array. It panics with an *Error when a is not 2-D
// (ErrShape) or more than one offset is given (ErrValue).
//
//viewcheck:readonly
//viewcheck:layout strided
func (a *Array[T]) Diagonal(k ...int) *Array[T] {
	if len(k) > 1 {
		panic(newError("Diagonal", ErrValue, "at most one offset, got %v", k))
	}
	if len(a.shape) != 2 {
		panic(newError("Diagonal", ErrShape, "need a 2-D array, got shape %v", a.shape))
	}
	off := 0
	if len(k) == 1 {
		off = k[0]
	}
	rows, cols := a.shape[0], a.shape[1]
	start := a.offset
	var n int
	if off >= 0 {
		n = min(rows, cols-off)
		if n > 0 {
			start += off * a.strides[1]
		}
	} else {
		n = min(rows+off, cols)
		if n > 0 {
			start -= off * a.strides[0]
		}
	}
	n = max(n, 0)
	v := a.newView(start, []int{n}, []int{a.strides[0] + a.strides[1]})
	if v.readOnly == "" {
		v.readOnly = diagonalReadOnly
	}
	return v
}
