// Correct: gonum/matrix#427 done right: the records are read into one reused slice, but
// each matrix built from it is copied (DenseCopyOf) before the slice is
// refilled, so the stored matrices print 0, 1 and 2.
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
			data[j] = float64(i)
		}
		ms = append(ms, mat.DenseCopyOf(mat.NewDense(2, 2, data)))
	}
	for i, m := range ms {
		fmt.Printf("matrix %d:\n%v\n", i, mat.Formatted(m))
	}
}
