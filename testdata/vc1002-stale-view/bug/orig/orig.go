// Package orig sharpens images with an unsharp mask.
//
// Review: redteam
package orig

import nd "github.com/viewcheck/viewcheck/ndarray"

// box3 blurs each row of img with a three-tap box filter, in place.
func box3(img *nd.Array[float64]) {
	w := img.Shape()[1]
	mid := nd.Add(img.Slice(nd.All(), nd.S(0, w-2)), img.Slice(nd.All(), nd.S(2, w)))
	nd.AddAssign(mid, img.Slice(nd.All(), nd.S(1, w-1)))
	nd.ScaleAssign(mid, 1.0/3)
	img.Slice(nd.All(), nd.S(1, w-1)).Assign(mid)
}

// Detail returns the high-frequency detail of img (img minus its blur).
func Detail(img *nd.Array[float64]) *nd.Array[float64] {
	orig := img.View()
	box3(img) // want "VC1002" "VC1006"
	return nd.Sub(orig, img)
}
