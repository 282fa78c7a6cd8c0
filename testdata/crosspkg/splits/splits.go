// Package splits returns parts of arrays as views. Its summaries say which
// part of the argument each result selects, in terms of the arguments, so
// that callers in other packages can tell parts that do not meet.
package splits

import "github.com/viewcheck/viewcheck/ndarray"

// TrainTest splits the rows of data at k: rows [0, k) and [k, end). Both
// share data's memory.
func TrainTest(data *ndarray.Array[float64], k int) (train, test *ndarray.Array[float64]) {
	return data.Slice(ndarray.S(0, k)), data.Slice(ndarray.S(k, ndarray.End))
}

// Columns returns columns [lo, hi) of m, sharing m's memory.
func Columns(m *ndarray.Array[float64], lo, hi int) *ndarray.Array[float64] {
	return m.Slice(ndarray.All(), ndarray.S(lo, hi))
}

// EvenOdd returns the even and the odd columns of m, sharing m's memory.
func EvenOdd(m *ndarray.Array[float64]) (even, odd *ndarray.Array[float64]) {
	return m.Slice(ndarray.All(), ndarray.Step(0, ndarray.End, 2)), m.Slice(ndarray.All(), ndarray.Step(1, ndarray.End, 2))
}

// Overlapping returns rows [0, k] and [k, end): both hold row k.
func Overlapping(m *ndarray.Array[float64], k int) (head, tail *ndarray.Array[float64]) {
	return m.Slice(ndarray.S(0, k+1)), m.Slice(ndarray.S(k, ndarray.End))
}
