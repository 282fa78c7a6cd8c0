package ndarray

import "slices"

// This file holds the operations whose result owns fresh memory: copies of
// a whole array and gathers through index arrays, and the scatters (Put,
// PutMask) that write back through index arrays.

// Copy returns a new C-contiguous array holding a's elements: it owns its
// memory (Base is nil) and is writable even when a is read-only, so writes
// to either never reach the other.
//
//viewcheck:fresh
func (a *Array[T]) Copy() *Array[T] {
	return contiguousCopy(a)
}

// ToSlice returns a fresh Go slice holding a's elements in C order. It never
// shares a's memory: writes to the slice do not reach a (use Wrap for an
// array over a slice's own memory).
//
//viewcheck:fresh
func (a *Array[T]) ToSlice() []T {
	return freshData(a)
}

// Take returns a new array holding the positions indices of axis of a, in
// that order, like NumPy's a.take(indices, axis) or fancy indexing
// a[:, indices]: the result has a's shape with axis replaced by
// len(indices). Indices may repeat; negative indices and a negative axis
// count from the end.
//
// The result is a copy that owns fresh memory, even when the indices are a
// plain range: writes to it never reach a. To write through index arrays,
// use Put. Take panics with an *Error when axis is out of range (ErrAxis) or
// an index is (ErrIndex), naming the index, the axis and a's shape.
//
//viewcheck:copy
func (a *Array[T]) Take(indices []int, axis int) *Array[T] {
	ax, idx := a.checkTake("Take", indices, axis)
	shape := a.Shape()
	shape[ax] = len(idx)
	out := newOwner(uninit[T](sizeOf("Take", shape)), shape)
	copyAlong(out, a, ax, nil, idx)
	return out
}

// checkTake resolves axis and indices against a's shape: it returns the
// axis and a new slice of indices in [0, n), so that later writes cannot
// change them.
func (a *Array[T]) checkTake(op string, indices []int, axis int) (int, []int) {
	nd := len(a.shape)
	if nd == 0 {
		panic(newError(op, ErrAxis, "axis %d out of range for a 0-d array (shape [])", axis))
	}
	ax := normAxis(op, axis, nd, a.shape)
	n := a.shape[ax]
	idx := make([]int, len(indices))
	for k, i := range indices {
		if i < -n || i >= n {
			panic(newError(op, ErrIndex, "index %d (indices[%d]) out of range for axis %d with size %d (shape %v)", i, k, ax, n, a.shape))
		}
		if i < 0 {
			i += n
		}
		idx[k] = i
	}
	return ax, idx
}

// copyAlong copies blocks between dst and src, which have the same shape
// except along axis ax: for every position of the axes before ax and every
// j, the block at position di[j] of dst's axis ax gets the block at position
// si[j] of src's. A nil di or si stands for 0, 1, 2, .... The caller has
// checked the indices and made sure src does not overlap dst.
//
// The loop runs over the outer axes first and the indices inside, so that
// taking columns of a matrix walks each row once instead of striding down
// the matrix once per column.
func copyAlong[T Elem](dst, src *Array[T], ax int, di, si []int) {
	n := len(di)
	if di == nil {
		n = len(si)
	}
	outer := dst.shape[:ax]
	inner := dst.shape[ax+1:]
	innerSize := 1
	for _, d := range inner {
		innerSize *= d
	}
	if n == 0 || innerSize == 0 || slices.Contains(outer, 0) {
		return
	}
	dStep, sStep := dst.strides[ax], src.strides[ax]
	// Inner blocks that are C-contiguous in both arrays are copied with
	// copy(); others go through the general kernel on reused headers.
	contiguous := isCContiguous(inner, dst.strides[ax+1:]) && isCContiguous(inner, src.strides[ax+1:])
	dh := &Array[T]{data: dst.data, shape: inner, strides: dst.strides[ax+1:]}
	sh := &Array[T]{data: src.data, shape: inner, strides: src.strides[ax+1:]}
	block := func(dOff, sOff int) {
		if innerSize == 1 {
			// Single elements: the common case of taking or putting
			// columns, worth loops without the general case's switch.
			if di == nil {
				for j, i := range si {
					dst.data[dOff+j*dStep] = src.data[sOff+i*sStep]
				}
			} else {
				for j, i := range di {
					dst.data[dOff+i*dStep] = src.data[sOff+j*sStep]
				}
			}
			return
		}
		for j := range n {
			dj, sj := j, j
			if di != nil {
				dj = di[j]
			}
			if si != nil {
				sj = si[j]
			}
			d, s := dOff+dj*dStep, sOff+sj*sStep
			switch {
			case contiguous:
				copyRun(dst.data[d:d+innerSize], src.data[s:s+innerSize])
			default:
				dh.offset, sh.offset = d, s
				copyInto(dh, sh)
			}
		}
	}
	// An odometer over the outer axes, carrying both arrays' offsets.
	pos := make([]int, len(outer))
	dOff, sOff := dst.offset, src.offset
	for {
		block(dOff, sOff)
		k := len(outer) - 1
		for ; k >= 0; k-- {
			pos[k]++
			dOff += dst.strides[k]
			sOff += src.strides[k]
			if pos[k] < outer[k] {
				break
			}
			dOff -= pos[k] * dst.strides[k]
			sOff -= pos[k] * src.strides[k]
			pos[k] = 0
		}
		if k < 0 {
			return
		}
	}
}

// Mask returns a new 1-D array holding the elements of a where mask is true,
// in C order, like NumPy's boolean indexing a[mask]. mask must have a's
// shape.
//
// The result is a copy that owns fresh memory: writes to it never reach a.
// To write through a mask, use PutMask. Mask panics with an *Error
// (ErrShape) naming both shapes when they differ.
//
//viewcheck:copy
func (a *Array[T]) Mask(mask *Array[bool]) *Array[T] {
	m := maskBits("Mask", a.shape, mask)
	count := 0
	for _, b := range m {
		if b {
			count++
		}
	}
	// One spare element lets the loops store every element and advance
	// only past the selected ones, without a branch that random masks
	// would mispredict.
	out := uninit[T](count + 1)
	c := 0
	if a.IsContiguous() {
		// C-order position k of a contiguous array is at offset+k.
		src := a.data[a.offset : a.offset+len(m)]
		for k, b := range m {
			out[c] = src[k]
			c += b2i(b)
		}
	} else {
		k := 0
		forEachOffset(a.shape, a.strides, a.offset, func(off int) {
			out[c] = a.data[off]
			c += b2i(m[k])
			k++
		})
	}
	return newOwner(out[:count:count], []int{count})
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// maskBits checks that mask has shape and returns its elements in C order,
// in a fresh slice that writes to the masked array cannot change.
func maskBits(op string, shape []int, mask *Array[bool]) []bool {
	if !sameInts(mask.shape, shape) {
		panic(newError(op, ErrShape, "mask of shape %v does not match array of shape %v", mask.shape, shape))
	}
	return mask.ToSlice()
}

// Put writes values into the positions indices of axis of a: the inverse of
// Take, and NumPy's a[:, indices] = values. values is broadcast to the shape
// Take(indices, axis) would return, so a.Put(i, ax, a.Take(i, ax)) changes
// nothing. When an index repeats, the last write wins. Negative indices and
// a negative axis count from the end.
//
// The writes go through a into the memory it shares with its base and other
// views. When values overlaps a, the result is as if values had been copied
// first. Put panics with an *Error when a is read-only (ErrReadOnly), axis
// or an index is out of range (ErrAxis, ErrIndex), or values does not
// broadcast (ErrShape); nothing is written then.
//
//viewcheck:writes a
func (a *Array[T]) Put(indices []int, axis int, values *Array[T]) {
	a.checkWritable("Put")
	ax, idx := a.checkTake("Put", indices, axis)
	shape := a.Shape()
	shape[ax] = len(idx)
	if !canBroadcastTo(values.shape, shape) {
		panic(newError("Put", ErrShape, "values of shape %v do not broadcast to shape %v (array of shape %v, %d indices on axis %d)", values.shape, shape, a.shape, len(idx), ax))
	}
	if SharesMemory(a, values) {
		values = values.Copy()
	}
	copyAlong(a, values.broadcastView("Put", shape), ax, idx, nil)
}

// PutMask writes values into a where mask is true, like NumPy's
// np.putmask(a, mask, values): the element at C-order position n of a, when
// mask's is true, becomes element n % values.Size() of values read in C
// order. So values of a's shape line up element for element, and shorter
// values repeat cyclically. (This differs from a[mask] = values in NumPy,
// which consumes values one per true element.) mask must have a's shape.
//
// The writes go through a into the memory it shares with its base and other
// views; when values or mask overlap a, the result is as if they had been
// copied first. PutMask panics with an *Error when a is read-only
// (ErrReadOnly), mask's shape differs from a's (ErrShape), or values is
// empty while mask selects an element (ErrValue: there is nothing to write,
// and NumPy's silent no-op would lose the write); nothing is written then.
//
//viewcheck:writes a
func (a *Array[T]) PutMask(mask *Array[bool], values *Array[T]) {
	a.checkWritable("PutMask")
	m := maskBits("PutMask", a.shape, mask)
	vals := values.ToSlice()
	if len(vals) == 0 {
		for n, b := range m {
			if b {
				panic(newError("PutMask", ErrValue, "values is empty (shape %v) but the mask selects position %d of array of shape %v", values.shape, n, a.shape))
			}
		}
		return
	}
	if a.IsContiguous() {
		// C-order position n of a contiguous array is at offset+n; the
		// values index wraps around instead of taking n % len(vals).
		dst := a.data[a.offset : a.offset+len(m)]
		v := 0
		for n, b := range m {
			if b {
				dst[n] = vals[v]
			}
			if v++; v == len(vals) {
				v = 0
			}
		}
		return
	}
	n := 0
	forEachOffset(a.shape, a.strides, a.offset, func(off int) {
		if m[n] {
			a.data[off] = vals[n%len(vals)]
		}
		n++
	})
}
