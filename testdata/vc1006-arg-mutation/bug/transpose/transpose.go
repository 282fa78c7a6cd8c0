// Package transpose: a transposed view of a parameter written as if it were
// a new matrix, in functions that return a new array (VC1006).
//
// Review: redteam2
package transpose

import nd "github.com/viewcheck/viewcheck/ndarray"

func Gram(m *nd.Array[float64]) *nd.Array[float64] {
	mt := m.Transpose()
	mt.Set(0, 0, 1) // want "VC1006"
	return nd.MatMul(mt, m)
}

func Symmetrize(a *nd.Array[float64]) *nd.Array[float64] {
	at := a.SwapAxes(0, 1)
	nd.AddAssign(at, a) // want "VC1006"
	return nd.Add(a, at)
}
