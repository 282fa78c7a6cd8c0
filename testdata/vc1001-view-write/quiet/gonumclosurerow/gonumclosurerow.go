// Correct: A closure that rescales one row of a transition matrix through a RowView it
// makes on each call: the closure exists to change the matrix, and the
// caller reads the matrix afterwards as the rescaled one.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	p := mat.NewDense(2, 2, []float64{1, 3, 2, 2})
	normalizeRow := func(i int) {
		row := p.RowView(i).(*mat.VecDense)
		row.ScaleVec(1/mat.Sum(row), row)
	}
	for i := 0; i < 2; i++ {
		normalizeRow(i)
	}
	fmt.Printf("transition matrix:\n%v\n", mat.Formatted(p))
}
