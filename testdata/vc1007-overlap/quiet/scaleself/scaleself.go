// Correct: The receiver is also the operand, which gonum allows for every
// operation: each row scaled in place through a view made in the loop, a
// block added to itself. Correct.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	m := mat.NewDense(3, 3, []float64{1, 2, 3, 4, 5, 6, 7, 8, 9})
	for i := 0; i < 3; i++ {
		row := m.RowView(i).(*mat.VecDense)
		row.ScaleVec(2, row)
	}
	for j := 0; j < 3; j++ {
		col := m.ColView(j).(*mat.VecDense)
		col.AddVec(col, col)
	}
	fmt.Println(mat.Formatted(m))
}
