// Package views is a small helper library whose functions return views of
// their arguments, copies, or write through them. Other packages use it;
// the analyzer learns what each function does from its summary.
package views

import "github.com/viewcheck/viewcheck/ndarray"

// FirstRow returns the first row of m. It shares m's memory.
func FirstRow[T ndarray.Elem](m *ndarray.Array[T]) *ndarray.Array[T] {
	return m.Slice(ndarray.I(0))
}

// Interior returns m without its outermost rows and columns. It shares m's
// memory.
func Interior(m *ndarray.Array[float64]) *ndarray.Array[float64] {
	return m.Slice(ndarray.S(1, -1), ndarray.S(1, -1))
}

// Flat returns m's elements as a 1-D array: a view when m is contiguous, a
// copy otherwise.
func Flat(m *ndarray.Array[float64]) *ndarray.Array[float64] {
	return m.Reshape(-1)
}

// Tile repeats v as the rows of an n-row matrix. The result is a read-only
// view of v.
func Tile(v *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	return v.BroadcastTo(n, v.Size())
}

// Detached returns a copy of m that owns its memory.
func Detached(m *ndarray.Array[float64]) *ndarray.Array[float64] {
	return m.Copy()
}

// Normalize scales x in place so that its elements sum to one.
func Normalize(x *ndarray.Array[float64]) {
	ndarray.ScaleAssign(x, 1/ndarray.Sum(x))
}

// Standardized returns (x - mean) / max|x - mean| as a new array, and
// centres x in place while doing so: a bug reported here, in the library.
func Standardized(x *ndarray.Array[float64]) *ndarray.Array[float64] {
	ndarray.SubAssign(x, ndarray.Full(ndarray.Mean(x), 1)) // want "VC1006"
	m := max(ndarray.Max(x), -ndarray.Min(x))
	return ndarray.Div(x, ndarray.Full(m, 1))
}
