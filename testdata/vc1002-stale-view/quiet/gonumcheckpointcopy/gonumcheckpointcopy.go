// Correct: Checkpoints of the weights kept in a map by epoch as copies (DenseCopyOf):
// the later epochs change the weights, not the checkpoints, which print
// 0.5, 0.25 and 0.125.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	w := mat.NewDense(2, 2, []float64{1, 0, 0, 1})
	checkpoints := map[int]*mat.Dense{}
	for epoch := 0; epoch < 3; epoch++ {
		w.Scale(0.5, w)
		checkpoints[epoch] = mat.DenseCopyOf(w)
	}
	for epoch := 0; epoch < 3; epoch++ {
		fmt.Printf("epoch %d: w[0][0] = %v\n", epoch, checkpoints[epoch].At(0, 0))
	}
}
