// Bug (VC1002): The leading coefficients of a filter are saved through a helper in
// another package (gonumviews.Head), which returns a view: after the
// coefficients are refitted the "before" values are the new ones, and the
// change prints 0 instead of 0.5.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
	"viewcheck.test/crosspkg/gonumviews"
)

func main() {
	coef := mat.NewVecDense(4, []float64{1, 0.5, 0.25, 0.125})
	before := gonumviews.Head(coef, 2)
	coef.ScaleVec(0.5, coef) // want "VC1002"
	var change mat.VecDense
	change.SubVec(before, gonumviews.Head(coef, 2))
	fmt.Println("change of the leading coefficients:", mat.Norm(&change, 1))
}
