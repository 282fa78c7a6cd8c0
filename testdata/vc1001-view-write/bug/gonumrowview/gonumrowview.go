// Bug (VC1001): RowView is a view: setting an element of the row sets it in the matrix,
// which the program prints as if it were unchanged.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	m := mat.NewDense(2, 3, []float64{1, 2, 3, 4, 5, 6})
	row := m.RowView(0).(*mat.VecDense)
	row.SetVec(0, 100) // want "VC1001"
	fmt.Println("row:", row.AtVec(0), "matrix:", mat.Formatted(m))
}
