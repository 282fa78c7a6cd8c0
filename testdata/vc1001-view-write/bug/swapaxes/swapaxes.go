// SwapAxes gives a view. Painting the first row of the channels-last view
// for a preview also paints the channels-first tensor summed next.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	chw := ndarray.Arange[int](2*3*4).Reshape(2, 3, 4)
	hwc := chw.SwapAxes(0, 2) // shape (4, 3, 2)
	corner := hwc.Slice(ndarray.I(0))
	corner.Fill(7) // want "VC1001"
	fmt.Println("preview corner:", corner)
	fmt.Println("channel sums:", ndarray.Sum(chw.Slice(ndarray.I(0))), ndarray.Sum(chw.Slice(ndarray.I(1))))
}
