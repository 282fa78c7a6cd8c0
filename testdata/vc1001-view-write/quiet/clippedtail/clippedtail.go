// Package clippedtail computes a clipped tail sum.
//
// Review: redteam
package clippedtail

import nd "github.com/viewcheck/viewcheck/ndarray"

// TailLoss builds a loss vector and returns the sum of its tail after
// clamping the tail's first entry.
func TailLoss(n int) float64 {
	loss := nd.Arange[float64](n)
	tail := loss.Slice(nd.S(n/2, nd.End))
	tail.Set(0, 0)
	return nd.Sum(tail)
}
