// Bug (VC1007): gonum/gonum#324 in the shape real code has: the same shift of a column of
// a two-column matrix down by one with CopyVec, with bounds taken from the
// matrix's Dims instead of constants. CopyVec copies the strided column
// forwards and smears the first reading: it prints 9 5 5 5 5 instead of
// 9 5 4 3 2.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// push shifts column j of m down by one row and puts x on top.
func push(m *mat.Dense, j int, x float64) {
	r, _ := m.Dims()
	col := m.ColView(j).(*mat.VecDense)
	col.SliceVec(1, r).(*mat.VecDense).CopyVec(col.SliceVec(0, r-1)) // want "VC1007"
	col.SetVec(0, x)
}

func main() {
	table := mat.NewDense(5, 2, []float64{0, 5, -1, 4, -2, 3, -3, 2, -4, 1})
	push(table, 1, 9)
	fmt.Println("readings:", mat.Col(nil, 1, table))
}
