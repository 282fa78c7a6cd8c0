// Bug (VC1007): Forward differences of a price series computed in place:
// d[i] = x[i+1] - x[i] into the first n-1 elements of x, from its last n-1.
// The receiver overlaps the first operand, and SubVec panics with "mat: bad
// region: overlap" instead of printing the differences 1 2 3.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	prices := mat.NewVecDense(4, []float64{10, 11, 13, 16})
	diffs := prices.SliceVec(0, 3).(*mat.VecDense)
	diffs.SubVec(prices.SliceVec(1, 4), diffs) // want "VC1007"
	fmt.Println("differences:", mat.Formatted(diffs.T()))
}
