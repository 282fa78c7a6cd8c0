// Package reshape computes pixel energy.
//
// Review: redteam
package reshape

import nd "github.com/viewcheck/viewcheck/ndarray"

// Energy returns the squared pixel values of img as a 1-D array, with the
// corner pixel dropped to zero as a dead pixel.
func Energy(img *nd.Array[float64]) *nd.Array[float64] {
	px := img.Reshape(-1)
	px.Set(0, 0) // want "VC1006"
	return nd.Mul(px, px)
}
