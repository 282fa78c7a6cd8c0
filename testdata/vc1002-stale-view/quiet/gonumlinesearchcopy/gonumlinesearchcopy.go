// Correct: A backtracking line search that saves the point before each trial step as a
// copy (VecDenseCopyOf) and restores it with CopyVec when the step
// overshoots: it prints x = [-0.5] with f = 0.25.
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
		saved := mat.VecDenseCopyOf(x)
		x.AddScaledVec(x, step, dir)
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
