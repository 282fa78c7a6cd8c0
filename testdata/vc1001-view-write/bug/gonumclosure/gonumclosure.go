// Bug (VC1001): A closure clips the step it takes through g, a named RowView of the
// gradient matrix, which clips the raw gradient stored in the matrix too:
// the matrix prints [0.597 0.796 0.0995] as the latest raw gradient
// instead of [3 4 0.5].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	// Row 0 is the latest gradient, row 1 the running average.
	grads := mat.NewDense(2, 3, []float64{3, 4, 0.5, 1, 1, 1})
	g := grads.RowView(0).(*mat.VecDense)
	clip := func(limit float64) {
		if n := mat.Norm(g, 2); n > limit {
			g.ScaleVec(limit/n, g) // want "VC1001"
		}
	}
	clip(1)
	fmt.Printf("clipped step: %v\n", mat.Formatted(g.T()))
	fmt.Printf("gradient history:\n%v\n", mat.Formatted(grads))
}
