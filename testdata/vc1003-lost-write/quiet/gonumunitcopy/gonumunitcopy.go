// Correct: A unit vector along the first column of a design matrix, made from a copy
// (VecDenseCopyOf) that is normalised and then used: the projection of the
// second column on it is read, and the matrix is meant to stay as it was.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	x := mat.NewDense(2, 2, []float64{3, 1, 4, 1})
	u := mat.VecDenseCopyOf(x.ColView(0))
	u.ScaleVec(1/mat.Norm(u, 2), u)
	fmt.Println("projection of column 1:", mat.Dot(u, x.ColView(1)))
	fmt.Printf("x:\n%v\n", mat.Formatted(x))
}
