// Package transreshape builds lag matrices.
//
// Review: redteam
package transreshape

import nd "github.com/viewcheck/viewcheck/ndarray"

// Lagged zeroes the first entries of a column-major view of a lag matrix
// and returns the lag matrix's total.
func Lagged(rows, cols int) float64 {
	lags := nd.Arange[float64](rows*cols).Reshape(rows, cols)
	colMajor := lags.Transpose().Reshape(-1)
	colMajor.Slice(nd.S(0, rows)).Fill(0) // want "VC1003"
	return nd.Sum(lags)
}
