// Package superdiag builds tridiagonal systems.
//
// Review: redteam
package superdiag

import nd "github.com/viewcheck/viewcheck/ndarray"

// Tridiag returns the n x n matrix with 2 on the diagonal and -1 beside it.
func Tridiag(n int) *nd.Array[float64] {
	t := nd.Zeros[float64](n, n)
	for i := 0; i < n; i++ {
		t.Set(2, i, i)
	}
	upper := t.Diagonal(1)
	lower := t.Diagonal(-1)
	upper.Fill(-1)                       // want "VC1005"
	nd.SubAssign(lower, nd.Full(1.0, 1)) // want "VC1005"
	return t
}
