// Correct: A blocked update: the top-left block, named, is scaled while the top-right
// block and another row are read. The parts do not meet (Slice and RowView
// select disjoint rows and columns), so the reads see what they expect.
// Correct.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	m := mat.NewDense(4, 4, nil)
	for i := 0; i < 16; i++ {
		m.Set(i/4, i%4, float64(i))
	}
	a11 := m.Slice(0, 2, 0, 2).(*mat.Dense)
	a11.Scale(0.5, a11)
	a12 := m.Slice(0, 2, 2, 4)
	fmt.Println(mat.Sum(a12), mat.Sum(m.RowView(3)))
}
