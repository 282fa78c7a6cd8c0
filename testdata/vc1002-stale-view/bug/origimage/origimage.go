// The residual of a filter is computed against origImage, a view of the
// image that the filter result was written into: the residual is all zero.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func sharpen(img *ndarray.Array[int]) *ndarray.Array[int] {
	out := ndarray.Zeros[int](img.Shape()...)
	n := img.Size()
	for i := 0; i < n; i++ {
		v := 3 * img.At(i)
		if i > 0 {
			v -= img.At(i - 1)
		}
		if i < n-1 {
			v -= img.At(i + 1)
		}
		out.Set(v, i)
	}
	return out
}

func main() {
	img := ndarray.FromSlice([]int{1, 1, 5, 1, 1})
	origImage := img.Slice(ndarray.All())
	img.Assign(sharpen(img)) // want "VC1002"
	residual := ndarray.Sub(img, origImage)
	fmt.Println("residual:", residual) // all zeros
}
