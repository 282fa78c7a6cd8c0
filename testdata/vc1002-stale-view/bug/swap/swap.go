// Package swap does Gaussian elimination with partial pivoting.
//
// Review: redteam
package swap

import nd "github.com/viewcheck/viewcheck/ndarray"

// swapRows exchanges rows i and j of m.
func swapRows(m *nd.Array[float64], i, j int) {
	ri := m.Slice(nd.I(i))
	m.Slice(nd.I(i)).Assign(m.Slice(nd.I(j))) // want "VC1002"
	m.Slice(nd.I(j)).Assign(ri)
}

// Pivot moves the row with the largest first entry to the top.
func Pivot(m *nd.Array[float64]) {
	best, bestV := 0, m.At(0, 0)
	for r := 1; r < m.Shape()[0]; r++ {
		if v := m.At(r, 0); v > bestV {
			best, bestV = r, v
		}
	}
	if best != 0 {
		swapRows(m, 0, best)
	}
}
