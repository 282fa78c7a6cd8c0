// Correct: A bias column added to a design matrix with Augment, which writes a receiver
// of its own: unlike Grow, it never shares the input's memory, and the
// wider matrix the features were sliced from prints unchanged.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func withBias(x *mat.Dense) *mat.Dense {
	r, _ := x.Dims()
	ones := mat.NewDense(r, 1, nil)
	for i := 0; i < r; i++ {
		ones.Set(i, 0, 1)
	}
	var xb mat.Dense
	xb.Augment(x, ones)
	return &xb
}

func main() {
	wide := mat.NewDense(2, 3, []float64{1, 2, 3, 4, 5, 6})
	features := wide.Slice(0, 2, 0, 2).(*mat.Dense)
	design := withBias(features)
	fmt.Printf("design:\n%v\nwide:\n%v\n", mat.Formatted(design), mat.Formatted(wide))
}
