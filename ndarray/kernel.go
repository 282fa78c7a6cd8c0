package ndarray

// This file holds the element loops every operation is built on. Callers
// check shapes, writability and overlap; kernels only walk memory.

// forEachOffset calls f with the data offset of every element of an array of
// shape and strides starting at offset, in C order.
func forEachOffset(shape, strides []int, offset int, f func(off int)) {
	n := 1
	for _, d := range shape {
		n *= d
	}
	if n == 0 {
		return
	}
	idx := make([]int, len(shape))
	off := offset
	for {
		f(off)
		ax := len(shape) - 1
		for ; ax >= 0; ax-- {
			idx[ax]++
			off += strides[ax]
			if idx[ax] < shape[ax] {
				break
			}
			off -= idx[ax] * strides[ax]
			idx[ax] = 0
		}
		if ax < 0 {
			return
		}
	}
}

// copyInto copies src into dst element by element. Both have the same shape
// (src may have zero strides from broadcasting). The caller has made sure
// they do not overlap or are identical.
func copyInto[T Elem](dst, src *Array[T]) {
	s := make([]T, 0, src.Size())
	forEachOffset(src.shape, src.strides, src.offset, func(off int) { s = append(s, src.data[off]) })
	i := 0
	forEachOffset(dst.shape, dst.strides, dst.offset, func(off int) { dst.data[off] = s[i]; i++ })
}

// fill sets every element of a to v.
func fill[T Elem](a *Array[T], v T) {
	forEachOffset(a.shape, a.strides, a.offset, func(off int) { a.data[off] = v })
}
