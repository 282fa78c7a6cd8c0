// Bug (VC1003): Normalising the first column of a design matrix through VecDenseCopyOf,
// which copies: the unit vector is dropped, and the matrix printed
// afterwards still has [3 4] in its first column instead of [0.6 0.8].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	x := mat.NewDense(2, 2, []float64{3, 1, 4, 1})
	c0 := mat.VecDenseCopyOf(x.ColView(0))
	c0.ScaleVec(1/mat.Norm(c0, 2), c0) // want "VC1003"
	fmt.Printf("normalised:\n%v\n", mat.Formatted(x))
}
