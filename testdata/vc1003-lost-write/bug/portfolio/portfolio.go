// Package portfolio normalises the long book of a portfolio.
//
// Review: redteam
package portfolio

import nd "github.com/viewcheck/viewcheck/ndarray"

// NormalizeLong scales the positive weights so that they sum to one and
// returns the gross exposure of the portfolio.
func NormalizeLong(weights *nd.Array[float64]) float64 {
	long := weights.Mask(nd.Greater(weights, nd.Zeros[float64](1)))
	nd.ScaleAssign(long, 1/nd.Sum(long)) // want "VC1003"
	return nd.Sum(weights)
}
