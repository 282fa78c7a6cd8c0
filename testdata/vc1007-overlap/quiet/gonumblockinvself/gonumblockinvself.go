// Correct: The blocked LU step L21 = A21·U11⁻¹ in place, with the receiver passed as
// the operand itself: gonum sees the same matrix value and multiplies
// through a workspace, so L21 prints [0.5 0.25; 0.25 0.5].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	a := mat.NewDense(4, 4, []float64{
		2, 0, 1, 1,
		0, 2, 1, 1,
		1, 0.5, 4, 1,
		0.5, 1, 1, 4,
	})
	var u11inv mat.Dense
	if err := u11inv.Inverse(a.Slice(0, 2, 0, 2)); err != nil {
		panic(err)
	}
	l21 := a.Slice(2, 4, 0, 2).(*mat.Dense)
	l21.Mul(l21, &u11inv)
	fmt.Printf("L21 =\n%v\n", mat.Formatted(l21))
}
