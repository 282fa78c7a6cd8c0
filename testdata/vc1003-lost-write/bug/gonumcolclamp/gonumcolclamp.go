// Bug (VC1003): Clamping negative readings to zero column by column through mat.Col, which
// copies the column: the clamped copy is dropped and the data keep their
// negative values, so the column sums print [-1 4] instead of [3 6].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	data := mat.NewDense(3, 2, []float64{
		1, -2,
		-4, 4,
		2, 2,
	})
	_, c := data.Dims()
	for j := 0; j < c; j++ {
		col := mat.Col(nil, j, data)
		for i := range col {
			if col[i] < 0 {
				col[i] = 0 // want "VC1003"
			}
		}
	}
	sums := make([]float64, c)
	for j := range sums {
		sums[j] = mat.Sum(data.ColView(j))
	}
	fmt.Println("column sums:", sums)
}
