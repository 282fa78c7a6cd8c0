// Bug (VC1008): gonum/matrix#73: the top-left block of m is Reset to hold a
// product, but Reset keeps the block's backing slice, whose capacity runs on
// into the rest of m. Mul then lays the 2x2 product out with stride 2 over
// m's first row: it prints m with [19 22 43 50] across row 0 and row 1
// untouched, instead of the product in the block.
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
	block.Reset() // want "VC1008"
	block.Mul(a, b)
	fmt.Println(mat.Formatted(m))
}
