// Correct: PCA on a centred copy: the data are copied with DenseCopyOf, the copy's
// columns centred through ColViews made in the loop, the covariance and its
// leading eigenvector computed from the copy; the raw column means, read
// afterwards, are still [2 20].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	raw := mat.NewDense(3, 2, []float64{1, 10, 2, 21, 3, 29})
	r, c := raw.Dims()
	xc := mat.DenseCopyOf(raw)
	for j := 0; j < c; j++ {
		col := xc.ColView(j).(*mat.VecDense)
		mean := mat.Sum(col) / float64(r)
		for i := 0; i < r; i++ {
			col.SetVec(i, col.AtVec(i)-mean)
		}
	}
	var cov mat.SymDense
	cov.SymOuterK(1/float64(r-1), xc.T())
	var eig mat.EigenSym
	if !eig.Factorize(&cov, true) {
		panic("no eigendecomposition")
	}
	fmt.Printf("variances along the axes: %.3g\n", eig.Values(nil))
	fmt.Println("raw column means:", mat.Sum(raw.ColView(0))/3, mat.Sum(raw.ColView(1))/3)
}
