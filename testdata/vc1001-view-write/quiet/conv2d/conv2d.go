// Quiet: a 2-D convolution reading sliding patches of the image and
// writing a separate output.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func conv2d(img, k *ndarray.Array[float32]) *ndarray.Array[float32] {
	h, w := img.Shape()[0], img.Shape()[1]
	kh, kw := k.Shape()[0], k.Shape()[1]
	out := ndarray.Zeros[float32](h-kh+1, w-kw+1)
	for y := 0; y+kh <= h; y++ {
		for x := 0; x+kw <= w; x++ {
			patch := img.Slice(ndarray.S(y, y+kh), ndarray.S(x, x+kw))
			out.Set(ndarray.Sum(ndarray.Mul(patch, k)), y, x)
		}
	}
	return out
}

func main() {
	img := ndarray.Arange[float32](25).Reshape(5, 5)
	edge := ndarray.FromSlice([]float32{-1, 0, 1, -1, 0, 1, -1, 0, 1}, 3, 3)
	fmt.Println(conv2d(img, edge), ndarray.Sum(img))
}
