// Package recursive reaches the innermost row of a tensor.
//
// Review: redteam
package recursive

import nd "github.com/viewcheck/viewcheck/ndarray"

// innermost returns the last 1-D row of a, a view of a.
func innermost(a *nd.Array[float64]) *nd.Array[float64] {
	if a.Ndim() <= 1 {
		return a
	}
	return innermost(a.Slice(nd.I(-1)))
}

// Mark writes a marker into the innermost row and returns the tensor's sum.
func Mark(t *nd.Array[float64]) float64 {
	r := innermost(t)
	r.Set(-1, 0) // want "VC1001"
	return nd.Sum(t)
}
