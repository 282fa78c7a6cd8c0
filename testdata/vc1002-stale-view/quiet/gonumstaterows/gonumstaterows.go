// Correct: Nesterov momentum with the iterate and the velocity as the rows of one state
// matrix, done right: the previous velocity is copied (VecDenseCopyOf)
// before SetRow overwrites row 1, and the position, row 0, is then updated
// in place through its RowView. It prints x = 4.05.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	// Row 0: position x, row 1: velocity v; minimising f(x) = x²/2.
	state := mat.NewDense(2, 1, []float64{6, -1})
	const mu, lr = 0.9, 0.1
	x := state.RowView(0).(*mat.VecDense)
	vPrev := mat.VecDenseCopyOf(state.RowView(1))
	grad := mat.VecDenseCopyOf(x) // f'(x) = x
	// v = mu*v - lr*grad
	next := mat.NewVecDense(1, nil)
	next.AddScaledVec(next, mu, vPrev)
	next.AddScaledVec(next, -lr, grad)
	state.SetRow(1, next.RawVector().Data)
	// x += -mu*v_prev + (1+mu)*v
	x.AddScaledVec(x, -mu, vPrev)
	x.AddScaledVec(x, 1+mu, next)
	fmt.Printf("x = %.3g\n", x.AtVec(0))
}
