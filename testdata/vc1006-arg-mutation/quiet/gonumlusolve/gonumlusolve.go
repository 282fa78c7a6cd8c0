// Correct: Solving A·x = b with gonum's LU, which factorises a copy of A: the function
// returns the solution and the caller's A is intact, so the residual it
// computes afterwards prints 0.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// solve returns x with a·x = b.
func solve(a *mat.Dense, b *mat.VecDense) *mat.VecDense {
	var lu mat.LU
	lu.Factorize(a)
	x := mat.NewVecDense(b.Len(), nil)
	if err := lu.SolveVecTo(x, false, b); err != nil {
		panic(err)
	}
	return x
}

func main() {
	a := mat.NewDense(2, 2, []float64{2, 1, 1, 3})
	b := mat.NewVecDense(2, []float64{3, 5})
	x := solve(a, b)
	var r mat.VecDense
	r.MulVec(a, x)
	r.SubVec(&r, b)
	fmt.Printf("x = %v\nresidual = %.3g\n", mat.Formatted(x.T()), mat.Norm(&r, 2))
}
