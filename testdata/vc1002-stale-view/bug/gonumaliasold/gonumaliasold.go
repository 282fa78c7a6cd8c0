// Bug (VC1002): Fixed-point iteration keeps "old := x" to measure the change, but x is a
// *mat.VecDense: old is the same vector, the change is always 0, and the
// loop stops after one update with x = [0.5] instead of converging to
// 0.739 (the fixed point of cos).
package main

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

func main() {
	x := mat.NewVecDense(1, []float64{0})
	for i := 1; i <= 100; i++ {
		old := x
		x.SetVec(0, 0.5*x.AtVec(0)+0.5*math.Cos(x.AtVec(0))) // want "VC1002"
		if math.Abs(x.AtVec(0)-old.AtVec(0)) < 1e-9 {
			fmt.Printf("converged after %d updates: x = %.4g\n", i, x.AtVec(0))
			return
		}
	}
	fmt.Println("no convergence")
}
