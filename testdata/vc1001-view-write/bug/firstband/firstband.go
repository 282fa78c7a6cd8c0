// Package firstband normalises the first band of a multispectral image.
//
// Review: redteam
package firstband

import nd "github.com/viewcheck/viewcheck/ndarray"

// unitMax scales a so that its largest value is one, in place.
func unitMax(a *nd.Array[float64]) {
	if m := nd.Max(a); m != 0 {
		nd.ScaleAssign(a, 1/m)
	}
}

// BandRatio returns the mean of the normalised first band over the mean of
// the raw cube.
func BandRatio(cube *nd.Array[float64]) float64 {
	band := cube.Slice(nd.I(0))
	unitMax(band) // want "VC1001"
	return nd.Mean(band) / nd.Mean(cube)
}
