// Bug (VC1007): Two headers over the same row, one the receiver and one the argument:
// gonum sees two different values over identical memory and panics with
// "mat: bad region: identical".
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	m := mat.NewDense(3, 3, []float64{1, 2, 3, 4, 5, 6, 7, 8, 9})
	r := m.RowView(1).(*mat.VecDense)
	again := m.RowView(1)
	r.ScaleVec(2, again) // want "VC1007"
	fmt.Println(mat.Formatted(m))
}
