// Correct: Gradient descent keeping the previous iterate as a copy
// (x_prev := mat.VecDenseCopyOf(x)): the convergence test sees the real
// change and the loop runs until x reaches the minimum [1 -0.5].
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
	x := mat.NewVecDense(2, []float64{10, 10})
	lr := 0.25
	for step := 1; step <= 200; step++ {
		xPrev := mat.VecDenseCopyOf(x)
		x.AddScaledVec(x, -lr, grad(x))
		var diff mat.VecDense
		diff.SubVec(x, xPrev)
		if mat.Norm(&diff, 2) < 1e-9 {
			fmt.Printf("converged after %d steps: x = %.3g\n", step, mat.Formatted(x.T()))
			return
		}
	}
	fmt.Printf("no convergence: x = %v\n", mat.Formatted(x.T()))
}
