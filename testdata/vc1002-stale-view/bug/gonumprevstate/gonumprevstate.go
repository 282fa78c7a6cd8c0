// Bug (VC1002): The previous state is kept as a view (SliceVec shares state's memory), so
// after ScaleVec updates state in place the "change" is computed against the
// new values: delta prints zeros instead of 1 2 3 4.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	n := 4
	state := mat.NewVecDense(n, []float64{1, 2, 3, 4})
	prev := state.SliceVec(0, n)
	state.ScaleVec(2, state) // want "VC1002"
	delta := mat.NewVecDense(n, nil)
	delta.SubVec(state, prev)
	fmt.Println(mat.Formatted(delta.T()))
}
