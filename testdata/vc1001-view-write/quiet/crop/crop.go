// Package crop crops images without copying.
//
// Review: redteam
package crop

import nd "github.com/viewcheck/viewcheck/ndarray"

// Center returns the central h x w window of img, sharing its memory.
func Center(img *nd.Array[uint8], h, w int) *nd.Array[uint8] {
	H, W := img.Shape()[0], img.Shape()[1]
	y, x := (H-h)/2, (W-w)/2
	return img.Slice(nd.S(y, y+h), nd.S(x, x+w))
}

// Brightness returns the mean of the central window.
func Brightness(img *nd.Array[uint8]) float64 {
	return nd.Mean(Center(img, 8, 8))
}
