// Bug (VC1006): PCA's centring step returns a centred copy of the data, but centres each
// column of its argument in place first (through ColView), so the caller's
// raw data are centred too: the raw column means print [0 0] instead of
// [2 20].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// centered returns x with each column's mean subtracted.
func centered(x *mat.Dense) *mat.Dense {
	r, c := x.Dims()
	for j := 0; j < c; j++ {
		col := x.ColView(j).(*mat.VecDense)
		mean := mat.Sum(col) / float64(r)
		for i := 0; i < r; i++ {
			col.SetVec(i, col.AtVec(i)-mean) // want "VC1006"
		}
	}
	return mat.DenseCopyOf(x)
}

func main() {
	raw := mat.NewDense(3, 2, []float64{1, 10, 2, 20, 3, 30})
	xc := centered(raw)
	var cov mat.SymDense
	cov.SymOuterK(0.5, xc.T())
	fmt.Printf("covariance:\n%v\n", mat.Formatted(&cov))
	fmt.Println("raw column means:", mat.Sum(raw.ColView(0))/3, mat.Sum(raw.ColView(1))/3)
}
