// Bug (VC1002): A backtracking line search saves the point before a trial step as a
// SliceVec and restores it when the step overshoots: the saved point is a
// view of x, so the restore copies the trial point onto itself and the
// overshoots are kept: every trial step goes on from the last one. It
// prints x = [-16.75] with f = 280.6 instead of x = [-0.5] with f = 0.25.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func f(x *mat.VecDense) float64 { return x.AtVec(0) * x.AtVec(0) }

func main() {
	x := mat.NewVecDense(1, []float64{2})
	dir := mat.NewVecDense(1, []float64{-1})
	step := 10.0
	f0 := f(x)
	for tries := 0; tries < 10; tries++ {
		saved := x.SliceVec(0, 1)
		x.AddScaledVec(x, step, dir) // want "VC1002"
		if f(x) < f0 {
			break
		}
		x.CopyVec(saved) // undo the step
		step /= 2
		if step < 1 {
			break
		}
	}
	fmt.Printf("x = %v, f = %v\n", mat.Formatted(x.T()), f(x))
}
