// Bug (VC1006): A gradient step that returns the next iterate clips the gradient in place
// first: the caller's gradient, which it goes on to use for momentum, is
// clipped too. It prints the gradient's norm as 1 instead of 10.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// step returns x - lr·g, with g clipped to norm 1.
func step(x, g *mat.VecDense, lr float64) *mat.VecDense {
	if n := mat.Norm(g, 2); n > 1 {
		g.ScaleVec(1/n, g) // want "VC1006"
	}
	next := mat.NewVecDense(x.Len(), nil)
	next.AddScaledVec(x, -lr, g)
	return next
}

func main() {
	x := mat.NewVecDense(2, []float64{1, 1})
	g := mat.NewVecDense(2, []float64{6, 8})
	x = step(x, g, 0.1)
	fmt.Printf("x = %v, |g| = %v\n", mat.Formatted(x.T()), mat.Norm(g, 2))
}
