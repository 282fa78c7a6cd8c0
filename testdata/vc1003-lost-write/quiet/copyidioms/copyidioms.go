// Package copyidioms holds copy idioms that are correct.
//
// Review: redteam
package copyidioms

import nd "github.com/viewcheck/viewcheck/ndarray"

// normRet normalises x in place and returns it.
func normRet(x *nd.Array[float64]) *nd.Array[float64] {
	nd.ScaleAssign(x, 1/nd.Sum(x))
	return x
}

// TakeNorm returns the normalised rows idx of a, a copy, and a's total.
func TakeNorm(a *nd.Array[float64], idx []int) (*nd.Array[float64], float64) {
	c := normRet(a.Take(idx, 0))
	return c, nd.Sum(a)
}

// MaskRoundTrip halves the large entries of a through a mask round trip.
func MaskRoundTrip(a *nd.Array[float64]) float64 {
	m := nd.Greater(a, nd.Full(1.0, 1))
	big := a.Mask(m)
	nd.ScaleAssign(big, 0.5)
	a.PutMask(m, big)
	return nd.Sum(a)
}

// CopyOfReshape edits an explicit copy of a flat view.
func CopyOfReshape(x *nd.Array[float64]) float64 {
	flat := x.Reshape(-1).Copy()
	flat.Set(0, 0)
	return nd.Sum(x) + nd.Sum(flat)
}
