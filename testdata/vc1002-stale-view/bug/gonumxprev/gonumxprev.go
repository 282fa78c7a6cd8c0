// Bug (VC1002): Gradient descent keeps the previous iterate as x_prev := x.SliceVec(0, n),
// a view: after the step the convergence test compares x with itself, sees
// no change and stops after one iteration, printing "converged after 1
// steps" with x = [5.5 -0.5] instead of running until x is at the minimum
// [1 -0.5].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// grad is the gradient of f(x) = (x0-1)² + 2(x1+0.5)².
func grad(x *mat.VecDense) *mat.VecDense {
	return mat.NewVecDense(2, []float64{2 * (x.AtVec(0) - 1), 4 * (x.AtVec(1) + 0.5)})
}

func main() {
	const n = 2
	x := mat.NewVecDense(n, []float64{10, 10})
	lr := 0.25
	for step := 1; step <= 100; step++ {
		xPrev := x.SliceVec(0, n)
		x.AddScaledVec(x, -lr, grad(x)) // want "VC1002"
		var diff mat.VecDense
		diff.SubVec(x, xPrev)
		if mat.Norm(&diff, 2) < 1e-9 {
			fmt.Printf("converged after %d steps: x = %v\n", step, mat.Formatted(x.T()))
			return
		}
	}
	fmt.Printf("no convergence: x = %v\n", mat.Formatted(x.T()))
}
