// Correct: RowView used only for reading, and a view made and written inside one loop
// iteration (normalising each row in place). Correct.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	m := mat.NewDense(2, 2, []float64{3, 4, 6, 8})
	total := 0.0
	for i := 0; i < 2; i++ {
		total += mat.Sum(m.RowView(i))
	}
	for i := 0; i < 2; i++ {
		row := m.RowView(i).(*mat.VecDense)
		row.ScaleVec(1/mat.Norm(row, 2), row)
	}
	fmt.Println(total, mat.Formatted(m))
}
