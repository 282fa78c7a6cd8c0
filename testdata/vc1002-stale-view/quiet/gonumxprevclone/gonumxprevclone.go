// Correct: Heavy-ball momentum keeping the previous iterate in a buffer of its own,
// refreshed with CloneFromVec each step: xPrev holds the old values while
// the step reads it, and the iteration converges to 0.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	// Minimise f(x) = |x|²/2: x ← x - lr·x + mu·(x - x_prev).
	const lr, mu = 0.1, 0.5
	x := mat.NewVecDense(2, []float64{4, -2})
	var xPrev, move mat.VecDense
	xPrev.CloneFromVec(x)
	for it := 0; it < 200; it++ {
		move.SubVec(x, &xPrev)
		xPrev.CloneFromVec(x)
		x.AddScaledVec(x, -lr, &xPrev)
		x.AddScaledVec(x, mu, &move)
	}
	fmt.Printf("x = %.3g\n", mat.Formatted(x.T()))
}
