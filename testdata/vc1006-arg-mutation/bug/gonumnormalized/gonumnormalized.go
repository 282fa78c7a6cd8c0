// Bug (VC1006): normalized returns a new vector but scales its argument in place first,
// so the caller's vector changes too.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func normalized(v *mat.VecDense) *mat.VecDense {
	v.ScaleVec(1/mat.Norm(v, 2), v) // want "VC1006"
	return mat.VecDenseCopyOf(v)
}

func main() {
	v := mat.NewVecDense(2, []float64{3, 4})
	u := normalized(v)
	fmt.Println(v.AtVec(0), u.AtVec(0))
}
