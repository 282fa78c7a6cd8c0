// Bug (VC1002): Power iteration records each iterate in a generic history container, but
// what it records is a SliceVec of the iterate, which the next
// normalisation overwrites: every recorded iterate prints the last one,
// [0.733 0.68], instead of [1 0], [0.894 0.447] and [0.781 0.625].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// history keeps the values it is given, in order.
type history[T any] struct {
	items []T
}

func (h *history[T]) record(x T) { h.items = append(h.items, x) }

func main() {
	a := mat.NewDense(2, 2, []float64{2, 1, 1, 2})
	x := mat.NewVecDense(2, []float64{1, 0})
	var h history[mat.Vector]
	for it := 0; it < 3; it++ {
		h.record(x.SliceVec(0, 2))
		var y mat.VecDense
		y.MulVec(a, x)
		x.ScaleVec(1/mat.Norm(&y, 2), &y) // want "VC1002"
	}
	for i, v := range h.items {
		fmt.Printf("iterate %d: [%.3g %.3g]\n", i, v.AtVec(0), v.AtVec(1))
	}
}
