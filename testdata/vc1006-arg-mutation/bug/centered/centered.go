// centeredXY returns new squared deviations of the first two columns and
// centres those columns of the caller's matrix on the way.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func centeredXY(pts *ndarray.Array[float64]) *ndarray.Array[float64] {
	xy := pts.Slice(ndarray.All(), ndarray.S(0, 2))
	mean := ndarray.Full(ndarray.Mean(xy), 1)
	ndarray.SubAssign(xy, mean) // want "VC1006"
	return ndarray.Mul(xy, xy)
}

func main() {
	pts := ndarray.FromSlice([]float64{1, 2, 9, 3, 4, 9}, 2, 3)
	fmt.Println(centeredXY(pts))
	fmt.Println(pts) // first two columns centred
}
