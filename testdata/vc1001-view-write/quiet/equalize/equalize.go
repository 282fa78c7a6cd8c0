// Quiet: per-channel contrast stretch of an RGB image through a plane view
// made and written in each iteration, then the image is saved (printed).
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	img := ndarray.FromSlice([]float64{
		10, 20, 30, 40, 50, 60,
		70, 80, 90, 100, 110, 120,
	}, 2, 2, 3)
	for c := 0; c < 3; c++ {
		plane := img.Slice(ndarray.All(), ndarray.All(), ndarray.I(c))
		lo, hi := ndarray.Min(plane), ndarray.Max(plane)
		ndarray.SubAssign(plane, ndarray.Full(lo, 1))
		ndarray.ScaleAssign(plane, 1/(hi-lo))
	}
	fmt.Println(img)
}
