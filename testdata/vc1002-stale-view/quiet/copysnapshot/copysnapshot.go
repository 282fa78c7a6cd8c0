// Quiet: the previous state is an explicit copy, so the convergence test
// compares two different states.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	cur := ndarray.FromSlice([]float64{8, 4, 2})
	for step := 0; step < 50; step++ {
		prev := cur.View().Copy()
		ndarray.ScaleAssign(cur, 0.5)
		if ndarray.Max(ndarray.Sub(prev, cur)) < 0.01 {
			fmt.Println("converged at step", step)
			break
		}
	}
	fmt.Println(cur)
}
