// Package mathx holds array helpers that programs in other packages call:
// views and in-place operations whose summaries reach them as facts.
//
// Review: redteam2
package mathx

import nd "github.com/viewcheck/viewcheck/ndarray"

// Col returns column j of m as a view.
func Col[T nd.Number](m *nd.Array[T], j int) *nd.Array[T] {
	return m.Slice(nd.All(), nd.I(j))
}

// Block returns the (i, j) block of size b as a view.
func Block[T nd.Number](m *nd.Array[T], i, j, b int) *nd.Array[T] {
	return m.Slice(nd.S(i*b, (i+1)*b), nd.S(j*b, (j+1)*b))
}

// Clamp limits every element of x to [lo, hi], in place.
func Clamp(x *nd.Array[float64], lo, hi float64) {
	n := x.Size()
	flat := x.Flatten()
	for i := 0; i < n; i++ {
		v := flat.At(i)
		if v < lo {
			v = lo
		} else if v > hi {
			v = hi
		}
		flat.Set(v, i)
	}
	x.Assign(flat.Reshape(x.Shape()...))
}

// Norm2 returns the sum of squares of x (reads only).
func Norm2(x *nd.Array[float64]) float64 {
	return nd.Sum(nd.Mul(x, x))
}

// Expand returns v broadcast to rows x len(v) (read-only view).
func Expand(v *nd.Array[float64], rows int) *nd.Array[float64] {
	return v.BroadcastTo(rows, v.Size())
}
