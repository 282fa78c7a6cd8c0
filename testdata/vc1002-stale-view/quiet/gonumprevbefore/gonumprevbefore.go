// Correct: A view named prev that is read only before the state is updated: the
// energy of the old state is computed from it first, then the state is
// damped in place and prev is never read again.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	state := mat.NewVecDense(3, []float64{1, 2, 2})
	prev := state.SliceVec(0, 3)
	oldEnergy := mat.Dot(prev, prev)
	state.ScaleVec(0.5, state)
	fmt.Println("energy before:", oldEnergy, "after:", mat.Dot(state, state))
}
