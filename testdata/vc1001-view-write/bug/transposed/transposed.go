// A transposed matrix is a view: conjugating "the transpose" in place to
// build the conjugate transpose conjugates the original too, so h is no
// longer the matrix the caller passed to the Hermitian check.
package main

import (
	"fmt"
	"math/cmplx"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	h := nd.FromSlice([]complex128{2, 1 - 1i, 1 + 1i, 3}, 2, 2)
	ht := h.Transpose()
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			ht.Set(cmplx.Conj(ht.At(i, j)), i, j) // want "VC1001"
		}
	}
	fmt.Println("conjugate transpose:", ht)
	fmt.Println("h:", h) // [[2 1+1i] [1-1i 3]]: h changed
}
