// Package zscore computes robust z-scores.
//
// Review: redteam
package zscore

import nd "github.com/viewcheck/viewcheck/ndarray"

// ZScores caps x at limit and returns (x - mean) / limit as a new array.
func ZScores(x *nd.Array[float64], limit float64) *nd.Array[float64] {
	over := nd.Greater(x, nd.Full(limit, 1))
	x.PutMask(over, nd.Full(limit, 1)) // want "VC1006"
	return nd.Div(nd.Sub(x, nd.Full(nd.Mean(x), 1)), nd.Full(limit, 1))
}
