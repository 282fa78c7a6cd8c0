// Bug (VC1002): Checkpoints of the weights kept in a map by epoch as Slice views of the
// weight matrix: the later epochs overwrite the weights, so every
// checkpoint shows the final ones: w[0][0] prints 0.125 for each epoch
// instead of 0.5, 0.25 and 0.125.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	w := mat.NewDense(2, 2, []float64{1, 0, 0, 1})
	checkpoints := map[int]mat.Matrix{}
	for epoch := 0; epoch < 3; epoch++ {
		w.Scale(0.5, w) // want "VC1002"
		checkpoints[epoch] = w.Slice(0, 2, 0, 2)
	}
	for epoch := 0; epoch < 3; epoch++ {
		fmt.Printf("epoch %d: w[0][0] = %v\n", epoch, checkpoints[epoch].At(0, 0))
	}
}
