// Bug (VC1009): gonum/matrix#427: NewDense keeps its data slice as the matrix's backing.
// A loop that refills one slice for each matrix it builds gives matrices
// that all share it, so every stored matrix shows the last one's values: it
// prints [2 2; 2 2] three times instead of the 0, 1 and 2 matrices.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	data := make([]float64, 4)
	var ms []*mat.Dense
	for i := 0; i < 3; i++ {
		for j := range data {
			data[j] = float64(i) // want "VC1009"
		}
		ms = append(ms, mat.NewDense(2, 2, data))
	}
	for i, m := range ms {
		fmt.Printf("matrix %d:\n%v\n", i, mat.Formatted(m))
	}
}
