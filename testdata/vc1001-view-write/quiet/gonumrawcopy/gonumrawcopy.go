// Correct: gonum/gonum#1202 done right: the block is copied with DenseCopyOf before its
// RawMatrix().Data is used as a plain slice, so the slice holds exactly the
// block's four elements, contiguously, and doubling them leaves m alone.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	m := mat.NewDense(3, 4, []float64{
		1, 2, 3, 4,
		5, 6, 7, 8,
		9, 10, 11, 12,
	})
	block := mat.DenseCopyOf(m.Slice(0, 2, 0, 2))
	data := block.RawMatrix().Data
	for i := range data {
		data[i] *= 2
	}
	fmt.Println("doubled block:", data)
	fmt.Printf("m:\n%v\n", mat.Formatted(m))
}
