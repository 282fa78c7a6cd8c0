// Package pooling is 2x2 max pooling and im2col, reading windows only.
//
// Review: redteam2
package pooling

import nd "github.com/viewcheck/viewcheck/ndarray"

func MaxPool2(x *nd.Array[float32]) *nd.Array[float32] {
	h, w := x.Shape()[0]/2, x.Shape()[1]/2
	out := nd.Zeros[float32](h, w)
	for i := 0; i < h; i++ {
		for j := 0; j < w; j++ {
			patch := x.Slice(nd.S(2*i, 2*i+2), nd.S(2*j, 2*j+2))
			out.Set(nd.Max(patch), i, j)
		}
	}
	return out
}

func Im2Col(x *nd.Array[float32], k int) *nd.Array[float32] {
	h, w := x.Shape()[0], x.Shape()[1]
	oh, ow := h-k+1, w-k+1
	cols := nd.Zeros[float32](oh*ow, k*k)
	for i := 0; i < oh; i++ {
		for j := 0; j < ow; j++ {
			patch := x.Slice(nd.S(i, i+k), nd.S(j, j+k))
			dst := cols.Slice(nd.I(i*ow + j))
			dst.Assign(patch.Reshape(k * k))
		}
	}
	return cols
}
