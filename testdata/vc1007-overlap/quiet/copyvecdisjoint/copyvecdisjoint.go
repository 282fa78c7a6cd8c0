// Correct: Copying the first half of a column onto its second half: the two halves
// do not meet, so CopyVec is safe. Correct.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	m := mat.NewDense(8, 2, nil)
	for i := 0; i < 8; i++ {
		m.Set(i, 0, float64(i))
	}
	col := m.ColView(0).(*mat.VecDense)
	col.SliceVec(4, 8).(*mat.VecDense).CopyVec(col.SliceVec(0, 4))
	fmt.Println(mat.Formatted(col.T()))
}
