// The error of an explicit time stepper is measured against the initial
// condition, kept as a view of the state it evolves: the error is zero.
package main

import (
	"fmt"
	"math"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	u := ndarray.Zeros[float64](8)
	for i := 0; i < 8; i++ {
		u.Set(math.Sin(float64(i)), i)
	}
	initial := u.View()
	for t := 0; t < 10; t++ {
		ndarray.ScaleAssign(u, 0.9) // want "VC1002"
	}
	decay := ndarray.Sum(ndarray.Sub(initial, u))
	fmt.Printf("total decay: %.3f\n", decay) // 0.000
}
