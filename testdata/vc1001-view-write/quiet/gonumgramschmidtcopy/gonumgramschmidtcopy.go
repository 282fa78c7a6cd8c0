// Correct: Modified Gram-Schmidt on a copy of a (DenseCopyOf): each column of q is
// orthonormalised through a ColView made and written in one loop iteration,
// and R = Qᵀ·A is then computed from the untouched input, printing
// [5 2.2; 0 5.02].
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
	_, c := a.Dims()
	q := mat.DenseCopyOf(a)
	for j := 0; j < c; j++ {
		qj := q.ColView(j).(*mat.VecDense)
		for i := 0; i < j; i++ {
			qi := q.ColView(i)
			qj.AddScaledVec(qj, -mat.Dot(qi, qj), qi)
		}
		qj.ScaleVec(1/mat.Norm(qj, 2), qj)
	}
	var r mat.Dense
	r.Mul(q.T(), a)
	fmt.Printf("R =\n%.3g\n", mat.Formatted(&r))
}
