// Command vc1008-reset-view shows VC1008: the top-left block of m is Reset
// to receive a product (gonum/matrix#73). Reset keeps the block's backing
// slice, which runs on into the rest of m, and Mul lays the 2x2 product out
// over m's first row.
//
// It prints m with 19 22 43 50 across row 0 instead of the product in the
// block. The fix computes the product into a matrix of its own and copies it
// into the block.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	m := mat.NewDense(4, 4, nil)
	a := mat.NewDense(2, 2, []float64{1, 2, 3, 4})
	b := mat.NewDense(2, 2, []float64{5, 6, 7, 8})
	block := m.Slice(0, 2, 0, 2).(*mat.Dense)
	block.Reset() // VC1008: keeps m's memory past the block
	block.Mul(a, b)
	fmt.Println(mat.Formatted(m))
}
