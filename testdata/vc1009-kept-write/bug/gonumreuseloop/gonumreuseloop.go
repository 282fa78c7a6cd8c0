// Bug (VC1009): gonum/matrix#427: one buffer refilled in a loop to build a
// matrix per sample. NewDense keeps the buffer, so every matrix is the same
// memory: it prints the last sample's values three times instead of 0, 1, 2.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	data := make([]float64, 4)
	var samples []*mat.Dense
	for i := 0; i < 3; i++ {
		for j := range data {
			data[j] = float64(i) // want "VC1009"
		}
		samples = append(samples, mat.NewDense(2, 2, data))
	}
	for _, s := range samples {
		fmt.Println(s.At(0, 0))
	}
}
