// Bug (VC1007): Solving A·x = b for each right-hand side in place, overwriting each column
// of B with its solution: dst and b are two ColViews of the same column,
// two different vectors over identical memory, and SolveVecTo panics with
// "mat: bad region: identical" instead of printing X = [1 2; 1 -1].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	a := mat.NewDense(2, 2, []float64{2, 1, 1, 3})
	rhs := mat.NewDense(2, 2, []float64{3, 3, 4, -1})
	var lu mat.LU
	lu.Factorize(a)
	x0 := rhs.ColView(0).(*mat.VecDense)
	if err := lu.SolveVecTo(x0, false, rhs.ColView(0)); err != nil { // want "VC1007"
		panic(err)
	}
	x1 := rhs.ColView(1).(*mat.VecDense)
	if err := lu.SolveVecTo(x1, false, rhs.ColView(1)); err != nil { // want "VC1007"
		panic(err)
	}
	fmt.Printf("X = %v\n", mat.Formatted(rhs))
}
