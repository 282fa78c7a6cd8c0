// Package imagestruct keeps images in a struct.
//
// Review: redteam
package imagestruct

import nd "github.com/viewcheck/viewcheck/ndarray"

// Image is a grey-level image.
type Image struct {
	Pix  *nd.Array[float64]
	Name string
}

// DarkenCorner darkens the first pixel through a flat view and returns the
// image's mean.
func DarkenCorner(im Image) float64 {
	row := im.Pix.Ravel()
	nd.ScaleAssign(row.Slice(nd.S(0, 1)), 0.5) // want "VC1004"
	return nd.Mean(im.Pix)
}
