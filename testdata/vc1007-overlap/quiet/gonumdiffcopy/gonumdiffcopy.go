// Correct: Forward differences of a price series into a vector of their own: the two
// operands are overlapping slices of the prices, but only read, which
// SubVec allows; it prints the differences 1 2 3.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	prices := mat.NewVecDense(4, []float64{10, 11, 13, 16})
	diffs := mat.NewVecDense(3, nil)
	diffs.SubVec(prices.SliceVec(1, 4), prices.SliceVec(0, 3))
	fmt.Println("differences:", mat.Formatted(diffs.T()))
}
