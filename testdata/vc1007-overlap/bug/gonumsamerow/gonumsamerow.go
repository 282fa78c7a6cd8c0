// Bug (VC1007): k-means accumulates each point into its cluster's row of a sums matrix,
// writing the receiver and the first operand as two RowViews of the same
// row: AddVec panics with "mat: bad region: identical" on the first point
// instead of printing the sums [3 3; 24 24].
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
		sum := sums.RowView(k).(*mat.VecDense)
		sum.AddVec(sums.RowView(k), data.RowView(i)) // want "VC1007"
	}
	fmt.Printf("sums:\n%v\n", mat.Formatted(sums))
}
