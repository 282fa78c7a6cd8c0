// Bug (VC1008): a matrix built over the caller's buffer is Reset and reused
// for a product: the product is written into buf, which the caller goes on
// reading as its input. It prints buf holding the product (19 22 43 50)
// instead of 1 2 3 4.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func square(buf []float64) *mat.Dense {
	m := mat.NewDense(2, 2, buf)
	a := mat.DenseCopyOf(m)
	m.Reset() // want "VC1008"
	m.Mul(a, mat.NewDense(2, 2, []float64{5, 6, 7, 8}))
	fmt.Println("input:", buf)
	return m
}

func main() {
	fmt.Println(mat.Formatted(square([]float64{1, 2, 3, 4})))
}
