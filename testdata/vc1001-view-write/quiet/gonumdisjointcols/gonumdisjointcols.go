// Correct: Converting the first feature from metres to kilometres through a named
// ColView and then reading the second feature's column: the columns are
// different (constant indices), so the second prints unchanged.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	x := mat.NewDense(3, 2, []float64{1500, 3, 2500, 4, 500, 5})
	dist := x.ColView(0).(*mat.VecDense)
	dist.ScaleVec(0.001, dist)
	hours := x.ColView(1)
	fmt.Println("distances (km):", mat.Formatted(dist.T()))
	fmt.Println("mean hours:", mat.Sum(hours)/3)
}
