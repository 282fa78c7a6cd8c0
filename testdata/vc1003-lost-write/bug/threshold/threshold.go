// Package threshold saturates bright pixels.
//
// Review: redteam
package threshold

import nd "github.com/viewcheck/viewcheck/ndarray"

// Saturate sets every pixel above level to 255 and returns the image.
func Saturate(img *nd.Array[uint8], level uint8) *nd.Array[uint8] {
	bright := nd.Greater(img, nd.Full(level, 1))
	img.Mask(bright).Fill(255) // want "VC1003"
	return img
}
