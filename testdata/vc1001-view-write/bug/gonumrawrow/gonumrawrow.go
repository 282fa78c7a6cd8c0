// Bug (VC1001): A row normalised through RawRowView, which returns the matrix's own
// row slice: the counts of row 0 are divided too, and the total count
// prints 7 instead of 11.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	counts := mat.NewDense(2, 3, []float64{1, 2, 2, 3, 3, 0})
	probs := counts.RawRowView(0)
	total := 0.0
	for _, c := range probs {
		total += c
	}
	for j := range probs {
		probs[j] /= total // want "VC1001"
	}
	fmt.Println("P(row 0):", probs)
	fmt.Println("total count:", mat.Sum(counts))
}
