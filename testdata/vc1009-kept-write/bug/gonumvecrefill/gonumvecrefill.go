// Bug (VC1009): the previous iterate is built over the same buffer that the
// next iterate is computed into, so "previous" and "current" are one vector
// and the step size printed is always 0 instead of 1.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	x := []float64{1, 2}
	prev := mat.NewVecDense(2, x)
	for i := range x {
		x[i] += 1 // want "VC1009"
	}
	cur := mat.NewVecDense(2, []float64{x[0], x[1]})
	var d mat.VecDense
	d.SubVec(cur, prev)
	fmt.Println(d.AtVec(0))
}
