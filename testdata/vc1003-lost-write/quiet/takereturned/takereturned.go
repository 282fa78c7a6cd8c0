// Package takereturned gathers batches.
//
// Review: redteam
package takereturned

import nd "github.com/viewcheck/viewcheck/ndarray"

// Batch returns the rows idx of X, centred, as a new array; X is unchanged.
func Batch(X *nd.Array[float64], idx []int) *nd.Array[float64] {
	b := X.Take(idx, 0)
	nd.SubAssign(b, nd.Full(nd.Mean(X), 1))
	return b
}
