// clippedSum zeroes negative entries through a Mask result and sums the
// original: the clipping is lost and the sum includes the negatives.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func clippedSum(x *ndarray.Array[float32]) float32 {
	neg := ndarray.Less(x, ndarray.Zeros[float32](1))
	x.Mask(neg).Fill(0) // want "VC1003"
	return ndarray.Sum(x)
}

func main() {
	fmt.Println(clippedSum(ndarray.FromSlice([]float32{1, -1, 2, -2}))) // 0, not 3
}
