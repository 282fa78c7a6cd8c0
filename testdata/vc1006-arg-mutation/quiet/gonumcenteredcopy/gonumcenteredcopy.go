// Correct: PCA's centring step done on a copy: centered copies its argument first
// (DenseCopyOf) and centres the copy's columns through ColViews, so the
// caller's raw column means stay [2 20].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// centered returns x with each column's mean subtracted.
func centered(x *mat.Dense) *mat.Dense {
	r, c := x.Dims()
	xc := mat.DenseCopyOf(x)
	for j := 0; j < c; j++ {
		col := xc.ColView(j).(*mat.VecDense)
		mean := mat.Sum(col) / float64(r)
		for i := 0; i < r; i++ {
			col.SetVec(i, col.AtVec(i)-mean)
		}
	}
	return xc
}

func main() {
	raw := mat.NewDense(3, 2, []float64{1, 10, 2, 20, 3, 30})
	xc := centered(raw)
	var cov mat.SymDense
	cov.SymOuterK(0.5, xc.T())
	fmt.Printf("covariance:\n%v\n", mat.Formatted(&cov))
	fmt.Println("raw column means:", mat.Sum(raw.ColView(0))/3, mat.Sum(raw.ColView(1))/3)
}
