// Correct: A mini-batch window kept on purpose as a live view of a staging buffer
// sized for the largest batch: each step refills the buffer and then reads
// the batch through the window, which is meant to show the new rows (batch
// sums 6 and 22).
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	data := mat.NewDense(4, 2, []float64{0, 1, 2, 3, 4, 5, 6, 7})
	staging := mat.NewDense(3, 2, nil) // room for the largest batch
	batch := staging.Slice(0, 2, 0, 2)
	for start := 0; start < 4; start += 2 {
		for i := 0; i < 2; i++ {
			staging.SetRow(i, mat.Row(nil, start+i, data))
		}
		fmt.Println("batch sum:", mat.Sum(batch))
	}
}
