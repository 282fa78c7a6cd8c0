// Correct: a fresh buffer per matrix, made inside the loop: each matrix
// keeps its own.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	var samples []*mat.Dense
	for i := 0; i < 3; i++ {
		data := make([]float64, 4)
		for j := range data {
			data[j] = float64(i)
		}
		samples = append(samples, mat.NewDense(2, 2, data))
	}
	for _, s := range samples {
		fmt.Println(s.At(0, 0))
	}
}
