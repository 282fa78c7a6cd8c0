// Package wrap processes a pixel buffer owned by a Go slice.
//
// Review: redteam
package wrap

import nd "github.com/viewcheck/viewcheck/ndarray"

// Vignette darkens the first row of the picture and returns the picture's
// brightness.
func Vignette(pixels []uint8, w, h int) float64 {
	pic := nd.Wrap(pixels, h, w)
	top := pic.Slice(nd.I(0))
	top.Fill(0) // want "VC1001"
	return nd.Mean(pic)
}
