// Correct: A normalising function that scales its argument in place and returns the
// argument itself, so that calls chain (normalize(v).AtVec(0)): returning
// the parameter says the caller's vector is the result.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// normalize scales v to unit length in place and returns it.
func normalize(v *mat.VecDense) *mat.VecDense {
	v.ScaleVec(1/mat.Norm(v, 2), v)
	return v
}

func main() {
	v := mat.NewVecDense(2, []float64{3, 4})
	fmt.Println("first component:", normalize(v).AtVec(0), "v:", mat.Formatted(v.T()))
}
