// Package unknownlayout: writes through a Reshape/Ravel of an array of unknown
// layout.
//
// Review: redteam2
package unknownlayout

import nd "github.com/viewcheck/viewcheck/ndarray"

func ZeroDiag(m *nd.Array[float64]) {
	n := m.Shape()[0]
	flat := m.Reshape(-1)
	for i := 0; i < n; i++ {
		flat.Set(0, i*n+i) // want "VC1004"
	}
}

func Bump(m *nd.Array[float64]) float64 {
	r := m.Ravel()
	r.Set(r.At(0)+1, 0) // want "VC1004"
	return nd.Sum(m)
}
