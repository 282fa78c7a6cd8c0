// Package readbeforewrite rescales the first row of a matrix.
//
// Review: redteam
package readbeforewrite

import nd "github.com/viewcheck/viewcheck/ndarray"

// Rescale divides the first row of m by m's total, in place.
func Rescale(m *nd.Array[float64]) {
	total := nd.Sum(m)
	r := m.Slice(nd.I(0))
	nd.ScaleAssign(r, 1/total)
}
