// Package symmetrize makes matrices symmetric.
//
// Review: redteam
package symmetrize

import nd "github.com/viewcheck/viewcheck/ndarray"

// Symmetrize replaces m by m + m^T in place and returns its trace.
func Symmetrize(m *nd.Array[float64]) float64 {
	nd.AddAssign(m, m.Transpose())
	return nd.Sum(m.Diagonal())
}
