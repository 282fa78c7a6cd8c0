// Correct: A gradient step that returns the next iterate and clips a copy of the
// gradient (VecDenseCopyOf), leaving the caller's gradient, which it goes
// on to use, at norm 10.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// step returns x - lr·g, with g clipped to norm 1.
func step(x, g *mat.VecDense, lr float64) *mat.VecDense {
	clipped := mat.VecDenseCopyOf(g)
	if n := mat.Norm(clipped, 2); n > 1 {
		clipped.ScaleVec(1/n, clipped)
	}
	next := mat.NewVecDense(x.Len(), nil)
	next.AddScaledVec(x, -lr, clipped)
	return next
}

func main() {
	x := mat.NewVecDense(2, []float64{1, 1})
	g := mat.NewVecDense(2, []float64{6, 8})
	x = step(x, g, 0.1)
	fmt.Printf("x = %v, |g| = %v\n", mat.Formatted(x.T()), mat.Norm(g, 2))
}
