package ndarray

import "iter"

// Chunks returns an iterator over a's elements in C order, as the longest
// runs that are contiguous in memory. Each slice aliases a's memory (no copy):
// it is read only, do not modify it, even when a is writable, and do not keep
// it past the loop if a may change. Its capacity ends with the run, so an
// append never overwrites a's other elements.
//
// A C-contiguous array yields one slice holding all its elements; a stepped
// or transposed view yields one slice per contiguous row, or one per element
// when no two neighbours are adjacent in memory. An empty array yields
// nothing, a 0-d array one slice of length 1. A broadcast view yields the
// repeated elements again each time they occur.
//
// Chunks exists so that code which must see raw memory (file writers,
// encoders) can do so without copying contiguous data.
//
//viewcheck:reads
func (a *Array[T]) Chunks() iter.Seq[[]T] {
	// Drop axes of length 1, whose stride says nothing about layout, and
	// note an empty array, which has no runs at all.
	shape := make([]int, 0, len(a.shape))
	strides := make([]int, 0, len(a.shape))
	for i, d := range a.shape {
		if d == 0 {
			return func(func([]T) bool) {}
		}
		if d > 1 {
			shape = append(shape, d)
			strides = append(strides, a.strides[i])
		}
	}
	// The run is the block of trailing axes whose strides chain from 1.
	run := 1
	outer := len(shape)
	for outer > 0 && strides[outer-1] == run {
		outer--
		run *= shape[outer]
	}
	shape, strides = shape[:outer], strides[:outer]
	data, offset := a.data, a.offset
	return func(yield func([]T) bool) {
		for off := range offsets(shape, strides, offset) {
			if !yield(data[off : off+run : off+run]) {
				return
			}
		}
	}
}
