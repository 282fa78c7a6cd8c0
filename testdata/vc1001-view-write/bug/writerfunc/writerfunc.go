// addBias writes through its parameter. Passing it a named view of the
// weights changes the weights, which the loss printed afterwards reads.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func addBias(x *ndarray.Array[float64], b float64) {
	ndarray.AddAssign(x, ndarray.Full(b, 1))
}

func main() {
	weights := ndarray.Zeros[float64](3, 3)
	top := weights.Slice(ndarray.S(0, 1))
	addBias(top, 0.5) // want "VC1001"
	fmt.Println("top:", top)
	fmt.Println("weights:", weights)
}
