// Correct: Partial pivoting swaps two rows through a temporary that is a copy
// (mat.Row with a nil dst): the rows are exchanged, [7 8 9] on top and
// [1 2 3] at the bottom.
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
	p := k
	for i := k + 1; i < 3; i++ {
		if math.Abs(a.At(i, k)) > math.Abs(a.At(p, k)) {
			p = i
		}
	}
	if p != k {
		tmp := mat.Row(nil, k, a)
		a.SetRow(k, mat.Row(nil, p, a))
		a.SetRow(p, tmp)
	}
	fmt.Printf("after pivoting:\n%v\n", mat.Formatted(a))
}
