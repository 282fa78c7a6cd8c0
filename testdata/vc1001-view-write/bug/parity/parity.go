// Package parity peels axes with a pair of mutually recursive helpers.
//
// Review: redteam
package parity

import nd "github.com/viewcheck/viewcheck/ndarray"

// even returns a view of a after k alternating peeling steps.
func even(a *nd.Array[float64], k int) *nd.Array[float64] {
	if k == 0 {
		return a
	}
	return odd(a.Slice(nd.S(0, nd.End)), k-1)
}

// odd is even's partner; it ends with a transposed view.
func odd(a *nd.Array[float64], k int) *nd.Array[float64] {
	if k == 0 {
		return a.Transpose()
	}
	return even(a.View(), k-1)
}

// Clear zeroes the peeled view and returns the total of m as given.
func Clear(m *nd.Array[float64]) float64 {
	v := even(m, 5)
	v.Fill(0) // want "VC1001"
	return nd.Sum(m)
}
