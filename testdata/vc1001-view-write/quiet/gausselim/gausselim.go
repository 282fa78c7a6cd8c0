// Quiet: Gaussian elimination with row operations through views made in
// the loops that write them; the pivot row is read while later rows change.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func eliminate(a *ndarray.Array[float64]) {
	n := a.Shape()[0]
	for k := 0; k < n; k++ {
		pivot := a.Slice(ndarray.I(k))
		for i := k + 1; i < n; i++ {
			row := a.Slice(ndarray.I(i))
			f := row.At(k) / pivot.At(k)
			ndarray.SubAssign(row, ndarray.Mul(pivot, ndarray.Full(f, 1)))
		}
	}
}

func main() {
	a := ndarray.FromSlice([]float64{2, 1, 1, 4, 3, 3, 8, 7, 9}, 3, 3)
	eliminate(a)
	fmt.Println(a)
	fmt.Println("det:", a.At(0, 0)*a.At(1, 1)*a.At(2, 2))
}
