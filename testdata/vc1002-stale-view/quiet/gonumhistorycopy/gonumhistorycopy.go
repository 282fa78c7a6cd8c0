// Correct: Power iteration recording a copy of each iterate (VecDenseCopyOf) in a
// generic history container: the normalisation that follows changes x,
// not the recorded copies, which print [1 0], [0.894 0.447] and
// [0.781 0.625].
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
	var h history[*mat.VecDense]
	for it := 0; it < 3; it++ {
		h.record(mat.VecDenseCopyOf(x))
		var y mat.VecDense
		y.MulVec(a, x)
		x.ScaleVec(1/mat.Norm(&y, 2), &y)
	}
	for i, v := range h.items {
		fmt.Printf("iterate %d: [%.3g %.3g]\n", i, v.AtVec(0), v.AtVec(1))
	}
}
