// Package chainable offers chainable in-place operations.
//
// Review: redteam
package chainable

import nd "github.com/viewcheck/viewcheck/ndarray"

// Scaled multiplies a by c in place and returns a for chaining.
func Scaled(a *nd.Array[float64], c float64) *nd.Array[float64] {
	nd.ScaleAssign(a, c)
	return a
}

// Head zeroes the tail of a and returns a's head, a view of a.
func Head(a *nd.Array[float64], k int) *nd.Array[float64] {
	a.Slice(nd.S(k, nd.End)).Fill(0)
	return a.Slice(nd.S(0, k))
}
