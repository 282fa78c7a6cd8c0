// Package mutualrec peels axes alternately from the front and the back.
//
// Review: redteam
package mutualrec

import nd "github.com/viewcheck/viewcheck/ndarray"

func front(a *nd.Array[float64]) *nd.Array[float64] {
	if a.Ndim() <= 1 {
		return a
	}
	return back(a.Slice(nd.I(0)))
}

func back(a *nd.Array[float64]) *nd.Array[float64] {
	if a.Ndim() <= 1 {
		return a
	}
	return front(a.Slice(nd.I(-1)))
}

// Corner marks a corner line of t and returns t's total as given.
func Corner(t *nd.Array[float64]) float64 {
	line := front(t)
	line.Set(1, 0) // want "VC1001"
	return nd.Sum(t)
}
