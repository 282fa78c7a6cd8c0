// Bug (VC1002): Partial pivoting swaps two rows through a temporary that is a RowView:
// after row k is overwritten with the pivot row, the temporary holds the
// pivot row too, so both rows end up equal. It prints [7 8 9] twice and
// loses [1 2 3].
package main

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

func main() {
	a := mat.NewDense(3, 3, []float64{
		1, 2, 3,
		4, 5, 6,
		7, 8, 9,
	})
	k := 0
	p := k // the row with the largest pivot candidate
	for i := k + 1; i < 3; i++ {
		if math.Abs(a.At(i, k)) > math.Abs(a.At(p, k)) {
			p = i
		}
	}
	if p != k {
		tmp := a.RowView(k)
		a.SetRow(k, mat.Row(nil, p, a)) // want "VC1002"
		a.SetRow(p, mat.Col(nil, 0, tmp))
	}
	fmt.Printf("after pivoting:\n%v\n", mat.Formatted(a))
}
