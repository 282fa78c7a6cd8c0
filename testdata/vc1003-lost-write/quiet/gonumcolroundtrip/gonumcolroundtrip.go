// Correct: Clamping negative readings column by column through a copy made by mat.Col,
// written back with SetCol: the round trip reaches the data, whose column
// sums print [3 6].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	data := mat.NewDense(3, 2, []float64{1, -2, -4, 4, 2, 2})
	_, c := data.Dims()
	for j := 0; j < c; j++ {
		col := mat.Col(nil, j, data)
		for i := range col {
			if col[i] < 0 {
				col[i] = 0
			}
		}
		data.SetCol(j, col)
	}
	fmt.Println("column sums:", mat.Sum(data.ColView(0)), mat.Sum(data.ColView(1)))
}
