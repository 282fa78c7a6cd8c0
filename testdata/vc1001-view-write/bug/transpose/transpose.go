// Package transpose works with covariance matrices.
//
// Review: redteam
package transpose

import nd "github.com/viewcheck/viewcheck/ndarray"

// Asymmetry writes one element of the transpose and measures the matrix.
func Asymmetry(n int) float64 {
	cov := nd.Zeros[float64](n, n)
	covT := cov.Transpose()
	covT.Set(3.0, 0, 1) // want "VC1001"
	return nd.Sum(cov)
}
