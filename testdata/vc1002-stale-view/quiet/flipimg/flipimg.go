// Package flipimg flips images in place using copied temporaries.
//
// Review: redteam2
package flipimg

import nd "github.com/viewcheck/viewcheck/ndarray"

func FlipUD(img *nd.Array[uint8]) {
	h := img.Shape()[0]
	for i := 0; i < h/2; i++ {
		tmp := img.Slice(nd.I(i)).Copy()
		img.Slice(nd.I(i)).Assign(img.Slice(nd.I(h - 1 - i)))
		img.Slice(nd.I(h - 1 - i)).Assign(tmp)
	}
}

func Flipped(img *nd.Array[uint8]) *nd.Array[uint8] {
	return img.Slice(nd.Step(nd.End, nd.End, -1)).Copy()
}

func Mirror(img *nd.Array[uint8]) *nd.Array[uint8] {
	out := img.Copy()
	FlipUD(out)
	return out
}
