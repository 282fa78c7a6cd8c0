// Correct: One step of a blocked LU factorisation without pivoting, in place, in a
// function that returns nothing: named blocks A11, A12, A21, A22 (constant
// bounds) are read and written, A21 becomes L21 = A21·U11⁻¹ and A22 the
// Schur complement A22 - L21·A12. Each block is read only where it is
// up to date, and the caller reads the factors afterwards.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// luStep does the first 2×2 block step of the LU factorisation of the 4×4
// matrix a, in place. The 2×2 leading block is already upper triangular.
func luStep(a *mat.Dense) {
	a11 := a.Slice(0, 2, 0, 2)
	a12 := a.Slice(0, 2, 2, 4)
	a21 := a.Slice(2, 4, 0, 2).(*mat.Dense)
	a22 := a.Slice(2, 4, 2, 4).(*mat.Dense)
	var u11inv mat.Dense
	if err := u11inv.Inverse(a11); err != nil {
		panic(err)
	}
	a21.Mul(a21, &u11inv)
	var prod mat.Dense
	prod.Mul(a21, a12)
	a22.Sub(a22, &prod)
}

func main() {
	a := mat.NewDense(4, 4, []float64{
		2, 0, 1, 1,
		0, 2, 1, 1,
		1, 0.5, 4, 1,
		0.5, 1, 1, 4,
	})
	luStep(a)
	fmt.Printf("L21 and the Schur complement:\n%.4g\n", mat.Formatted(a))
}
