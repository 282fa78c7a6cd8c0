// Package conv applies a 3 x 3 box blur.
//
// Review: redteam
package conv

import nd "github.com/viewcheck/viewcheck/ndarray"

// Blur returns the box-blurred interior of img as a new array.
func Blur(img *nd.Array[float32]) *nd.Array[float32] {
	h, w := img.Shape()[0], img.Shape()[1]
	out := nd.Zeros[float32](h-2, w-2)
	for y := 1; y < h-1; y++ {
		for x := 1; x < w-1; x++ {
			patch := img.Slice(nd.S(y-1, y+2), nd.S(x-1, x+2))
			out.Set(nd.Sum(patch)/9, y-1, x-1)
		}
	}
	return out
}
