// Bug (VC1004): A helper adds a bias column to a design matrix with Grow and fills it with
// ones: for a matrix with spare capacity (a Slice of a wider one) Grow
// returns a view and the ones overwrite the caller's next column, for a
// matrix without it Grow copies. It prints the caller's wide matrix as
// [1 2 1; 4 5 1] instead of [1 2 3; 4 5 6].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func withBias(x *mat.Dense) *mat.Dense {
	r, c := x.Dims()
	xb := x.Grow(0, 1).(*mat.Dense)
	for i := 0; i < r; i++ {
		xb.Set(i, c, 1) // want "VC1004"
	}
	return xb
}

func main() {
	wide := mat.NewDense(2, 3, []float64{1, 2, 3, 4, 5, 6})
	features := wide.Slice(0, 2, 0, 2).(*mat.Dense)
	design := withBias(features) // want "VC1001"
	fmt.Printf("design:\n%v\nwide:\n%v\n", mat.Formatted(design), mat.Formatted(wide))
}
