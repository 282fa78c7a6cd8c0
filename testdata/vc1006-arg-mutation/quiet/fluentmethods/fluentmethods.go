// Package fluentmethods has methods-style helpers that return their parameter after
// changing it in place.
//
// Review: redteam2
package fluentmethods

import nd "github.com/viewcheck/viewcheck/ndarray"

func ClipInPlace(x *nd.Array[float64], lo, hi float64) *nd.Array[float64] {
	for i := 0; i < x.Shape()[0]; i++ {
		v := x.At(i)
		if v < lo {
			x.Set(lo, i)
		} else if v > hi {
			x.Set(hi, i)
		}
	}
	return x
}

func ScaleRow(m *nd.Array[float64], i int, c float64) *nd.Array[float64] {
	row := m.Slice(nd.I(i))
	nd.ScaleAssign(row, c)
	return row
}

func Chain(x *nd.Array[float64]) float64 {
	return nd.Sum(ClipInPlace(x, 0, 1))
}
