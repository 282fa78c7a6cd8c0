// Package mutator normalises probability tables.
//
// Review: redteam
package mutator

import nd "github.com/viewcheck/viewcheck/ndarray"

// normalize scales p in place so that it sums to one.
func normalize(p *nd.Array[float64]) {
	nd.ScaleAssign(p, 1/nd.Sum(p))
}

// Uniform returns a k x k table whose rows are a normalised prior.
func Uniform(prior *nd.Array[float64], k int) *nd.Array[float64] {
	table := prior.BroadcastTo(k, prior.Size())
	normalize(table) // want "VC1005"
	return table
}
