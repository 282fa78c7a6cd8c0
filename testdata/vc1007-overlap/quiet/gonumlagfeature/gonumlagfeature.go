// Correct: A lag feature built with CopyVec between columns of one table: column 2
// gets column 1 shifted down by a row, through an unnamed view. The two
// SliceVecs overlap in rows but lie in different columns, so they share no
// element and the copy is exact: the lags print 0 5 4 3 2.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	table := mat.NewDense(5, 3, []float64{
		0, 5, 0,
		-1, 4, 0,
		-2, 3, 0,
		-3, 2, 0,
		-4, 1, 0,
	})
	readings := table.ColView(1).(*mat.VecDense)
	table.ColView(2).(*mat.VecDense).SliceVec(1, 5).(*mat.VecDense).CopyVec(readings.SliceVec(0, 4))
	fmt.Println("lags:", mat.Col(nil, 2, table))
}
