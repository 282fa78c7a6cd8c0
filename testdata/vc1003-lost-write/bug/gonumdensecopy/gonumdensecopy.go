// Bug (VC1003): DenseCopyOf copies: clamping the copy leaves the data the program goes on
// using untouched.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func clampFirst(m *mat.Dense) {
	c := mat.DenseCopyOf(m)
	c.Set(0, 0, 0) // lost too, but m is not read here afterwards: not reported
}

func main() {
	m := mat.NewDense(2, 2, []float64{-1, 2, 3, 4})
	clampFirst(m)
	c := mat.DenseCopyOf(m)
	c.Set(0, 1, 0) // want "VC1003"
	fmt.Println(mat.Formatted(m))
}
