// Correct: k-means accumulates each point into its cluster's row of a sums matrix with
// the receiver passed as the first operand (s.AddVec(s, x)), which gonum
// allows: it prints the sums [3 3; 24 24].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	data := mat.NewDense(6, 2, []float64{1, 1, 2, 2, 0, 0, 7, 7, 8, 8, 9, 9})
	assign := []int{0, 0, 0, 1, 1, 1}
	sums := mat.NewDense(2, 2, nil)
	for i, k := range assign {
		s := sums.RowView(k).(*mat.VecDense)
		s.AddVec(s, data.RowView(i))
	}
	fmt.Printf("sums:\n%v\n", mat.Formatted(sums))
}
