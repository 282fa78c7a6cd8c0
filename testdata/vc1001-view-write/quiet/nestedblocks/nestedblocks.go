// Quiet: slices of slices. The upper and lower halves of an image are cut
// first; the upper half is then cut into columns, and one of its columns is
// written. The lower half, read afterwards, shares no row with the upper
// half, so none of its elements changed. A second image: column 1 of its
// upper half is written, and column 0 of it, read afterwards, does not meet
// it.
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	img := ndarray.Arange[float64](16).Reshape(4, 4)
	upper := img.Slice(ndarray.S(0, 2))
	lower := img.Slice(ndarray.S(2, 4))
	edge := upper.Slice(ndarray.All(), ndarray.I(0))
	edge.Fill(255)
	fmt.Println("lower:", ndarray.Sum(lower)) // 8+...+15 = 92

	img2 := ndarray.Arange[float64](16).Reshape(4, 4)
	upper2 := img2.Slice(ndarray.S(0, 2))
	inner := upper2.Slice(ndarray.All(), ndarray.I(1))
	border := upper2.Slice(ndarray.All(), ndarray.I(0))
	inner.Fill(-1)
	fmt.Println("border:", border) // [0 4]
	fmt.Println(ndarray.SharesMemory(edge, lower), ndarray.SharesMemory(inner, border))
}
