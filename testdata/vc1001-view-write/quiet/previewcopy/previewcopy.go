// Package previewcopy previews edits on a copy.
//
// Review: redteam
package previewcopy

import nd "github.com/viewcheck/viewcheck/ndarray"

// Preview returns the mean of a patch after brightening a copy of it, and
// the mean of the untouched image.
func Preview(img *nd.Array[float64]) (patch, whole float64) {
	p := img.Slice(nd.S(0, 16), nd.S(0, 16)).Copy()
	nd.ScaleAssign(p, 1.2)
	return nd.Mean(p), nd.Mean(img)
}
