// Package headslice stamps markers into the head of a batch.
//
// Review: redteam
package headslice

import nd "github.com/viewcheck/viewcheck/ndarray"

// StampHead marks the first element of the first k samples, seen as one
// flat run, and returns the batch total.
func StampHead(batch *nd.Array[float64], k int) float64 {
	head := batch.Slice(nd.S(0, k)).Reshape(-1)
	head.Set(-1, 0) // want "VC1004"
	return nd.Sum(batch)
}
