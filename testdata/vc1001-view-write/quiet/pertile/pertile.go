// Package pertile equalises image tiles.
//
// Review: redteam
package pertile

import nd "github.com/viewcheck/viewcheck/ndarray"

// Equalise subtracts each tile's mean from the tile, in place, then returns
// the image's largest value.
func Equalise(img *nd.Array[float64], tile int) float64 {
	h, w := img.Shape()[0], img.Shape()[1]
	for y := 0; y < h; y += tile {
		for x := 0; x < w; x += tile {
			t := img.Slice(nd.S(y, y+tile), nd.S(x, x+tile))
			nd.SubAssign(t, nd.Full(nd.Mean(t), 1))
		}
	}
	return nd.Max(img)
}
