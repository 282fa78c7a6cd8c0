// Quiet: a flattened copy is scaled and returned; the caller gets the new
// array and the input is untouched, as documented.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// unitVector returns x flattened and scaled to unit sum, as a new array.
func unitVector(x *ndarray.Array[float64]) *ndarray.Array[float64] {
	f := x.Flatten()
	ndarray.ScaleAssign(f, 1/ndarray.Sum(f))
	return f
}

func main() {
	m := ndarray.FromSlice([]float64{1, 1, 2, 4}, 2, 2)
	fmt.Println(unitVector(m), m)
}
