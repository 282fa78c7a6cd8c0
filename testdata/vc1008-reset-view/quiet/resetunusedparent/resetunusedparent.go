// Correct: a view is Reset and reused, but the matrix it came from is not
// used again: whatever the reuse writes into it is never read.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func firstRowNorm(m *mat.Dense) float64 {
	v := m.RowView(0).(*mat.VecDense)
	n := mat.Norm(v, 2)
	v.Reset()
	return n
}

func main() {
	fmt.Println(firstRowNorm(mat.NewDense(2, 2, []float64{3, 4, 0, 0})))
}
