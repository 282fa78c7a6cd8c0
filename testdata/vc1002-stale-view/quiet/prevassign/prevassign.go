// Quiet: the previous iterate lives in its own buffer, refreshed with
// Assign; the convergence test compares two different arrays.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	x := ndarray.FromSlice([]float64{1, 1})
	prev := ndarray.Zeros[float64](2)
	a := ndarray.FromSlice([]float64{0.5, 0.1, 0.2, 0.3}, 2, 2)
	b := ndarray.FromSlice([]float64{1, 2})
	for it := 0; it < 100; it++ {
		prev.Assign(x)
		x.Assign(ndarray.Add(ndarray.MatMul(a, x.Reshape(2, 1)).Reshape(2), b))
		d := ndarray.Sub(x, prev)
		if ndarray.Max(d) < 1e-9 && ndarray.Min(d) > -1e-9 {
			fmt.Println("converged after", it, "iterations:", x)
			return
		}
	}
	fmt.Println("no convergence", x)
}
