// Bug (VC1007): A step of a blocked LU factorisation, L21 = A21·U11⁻¹, computed in place
// with the operand written as a second Slice of the same block instead of
// the receiver itself: gonum sees two different matrices over the same
// memory and Mul panics with "mat: bad region: identical" instead of
// printing the updated matrix (A21 becomes [0.5 0.25; 0.25 0.5]).
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
	l21.Mul(a.Slice(2, 4, 0, 2), &u11inv) // want "VC1007"
	fmt.Printf("%v\n", mat.Formatted(a))
}
