// Package roi measures the contrast of a region of interest in a frame.
//
// Review: redteam
package roi

import nd "github.com/viewcheck/viewcheck/ndarray"

// RoiContrast removes the dark level from the region of interest and
// compares the region with the whole frame. The frame is meant to stay raw.
func RoiContrast(frame *nd.Array[float64], dark float64) float64 {
	roi := frame.Slice(nd.S(8, 24), nd.S(8, 24))
	nd.SubAssign(roi, nd.Full(dark, 1)) // want "VC1001"
	return nd.Mean(roi) / nd.Mean(frame)
}
