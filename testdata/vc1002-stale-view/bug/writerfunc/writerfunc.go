// The state is advanced by a function that writes through its parameter;
// the "previous" view changes with it, so the step size is always zero.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// advance moves every particle by its velocity, in place.
func advance(pos, vel *ndarray.Array[float64]) {
	ndarray.AddAssign(pos, vel)
}

func main() {
	pos := ndarray.FromSlice([]float64{0, 1, 2})
	vel := ndarray.FromSlice([]float64{1, 1, 1})
	previous := pos.Slice(ndarray.All())
	advance(pos, vel)                                                  // want "VC1002"
	fmt.Println("step size:", ndarray.Sum(ndarray.Sub(pos, previous))) // 0, not 3
}
