// Package paddedconv is a plain 2-D convolution: read-only windows of a padded
// copy feed a separate output.
//
// Review: redteam2
package paddedconv

import nd "github.com/viewcheck/viewcheck/ndarray"

// Pad returns img surrounded by p zeros on each side, in new memory.
func Pad(img *nd.Array[float64], p int) *nd.Array[float64] {
	sh := img.Shape()
	out := nd.Zeros[float64](sh[0]+2*p, sh[1]+2*p)
	out.Slice(nd.S(p, p+sh[0]), nd.S(p, p+sh[1])).Assign(img)
	return out
}

// Conv2D returns the valid correlation of img with kernel k ("same" size).
func Conv2D(img, k *nd.Array[float64]) *nd.Array[float64] {
	ks := k.Shape()[0]
	padded := Pad(img, ks/2)
	sh := img.Shape()
	out := nd.Zeros[float64](sh[0], sh[1])
	for i := 0; i < sh[0]; i++ {
		for j := 0; j < sh[1]; j++ {
			win := padded.Slice(nd.S(i, i+ks), nd.S(j, j+ks))
			out.Set(nd.Sum(nd.Mul(win, k)), i, j)
		}
	}
	return out
}

// Blur runs a 3x3 box blur twice.
func Blur(img *nd.Array[float64]) *nd.Array[float64] {
	box := nd.Full(1.0/9, 3, 3)
	once := Conv2D(img, box)
	return Conv2D(once, box)
}
