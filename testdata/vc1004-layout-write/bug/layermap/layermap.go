// Package layermap edits named layers of a model.
//
// Review: redteam
package layermap

import nd "github.com/viewcheck/viewcheck/ndarray"

// ZeroBias zeroes the first entry of a named layer through a flat view and
// returns the layer's sum.
func ZeroBias(layers map[string]*nd.Array[float64], name string) float64 {
	flat := layers[name].Reshape(-1)
	flat.Set(0, 0) // want "VC1004"
	return nd.Sum(layers[name])
}
