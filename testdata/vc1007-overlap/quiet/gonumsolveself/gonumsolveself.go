// Correct: Solving A·x = b in place, overwriting b with the solution: dst and b are
// the same vector value, which SolveVecTo allows (it solves through a
// workspace), and it prints x = [1 1].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	a := mat.NewDense(2, 2, []float64{2, 1, 1, 3})
	x := mat.NewVecDense(2, []float64{3, 4}) // b on entry, x on return
	var lu mat.LU
	lu.Factorize(a)
	if err := lu.SolveVecTo(x, false, x); err != nil {
		panic(err)
	}
	fmt.Println("x =", mat.Formatted(x.T()))
}
