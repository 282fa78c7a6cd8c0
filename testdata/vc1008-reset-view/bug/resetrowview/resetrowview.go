// Bug (VC1008): a row view is Reset and reused as the receiver of ScaleVec
// with a longer input: the reused slice runs on into the rest of the
// matrix, so row 1 is overwritten. It prints [2 2 2; 2 2 2; 7 8 9]: row 1
// holds the scaled vector's tail instead of 4 5 6.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	m := mat.NewDense(3, 3, []float64{1, 2, 3, 4, 5, 6, 7, 8, 9})
	row := m.RowView(0).(*mat.VecDense)
	row.Reset() // want "VC1008"
	row.ScaleVec(2, mat.NewVecDense(6, []float64{1, 1, 1, 1, 1, 1}))
	fmt.Println(mat.Formatted(m))
}
