// Bug (VC1001): Gram-Schmidt on a "working copy" made with Slice: q is a view of a, so
// orthonormalising q's columns overwrites a, and R = Qᵀ·A is computed from the
// orthonormal columns instead of the input. It prints the identity,
// [1 0; 0 1], instead of R = [5 2.2; 0 5.02].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	a := mat.NewDense(3, 2, []float64{
		3, 1,
		4, 2,
		0, 5,
	})
	r, c := a.Dims()
	q := a.Slice(0, r, 0, c).(*mat.Dense) // meant as a working copy of a
	for j := 0; j < c; j++ {
		qj := q.ColView(j).(*mat.VecDense)
		for i := 0; i < j; i++ {
			qi := q.ColView(i)
			qj.AddScaledVec(qj, -mat.Dot(qi, qj), qi) // want "VC1001"
		}
		qj.ScaleVec(1/mat.Norm(qj, 2), qj) // want "VC1001"
	}
	var rr mat.Dense
	rr.Mul(q.T(), a)
	fmt.Printf("R =\n%.3g\n", mat.Formatted(&rr))
}
