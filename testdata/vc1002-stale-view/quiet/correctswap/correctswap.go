// Package correctswap reorders matrix rows.
//
// Review: redteam
package correctswap

import nd "github.com/viewcheck/viewcheck/ndarray"

// SwapRows exchanges rows i and j of m, in place.
func SwapRows(m *nd.Array[float64], i, j int) {
	saved := m.Slice(nd.I(i)).Copy()
	m.Slice(nd.I(i)).Assign(m.Slice(nd.I(j)))
	m.Slice(nd.I(j)).Assign(saved)
}
