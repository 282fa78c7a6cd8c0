// Bug (VC1006): Gaussian elimination that returns the solution but eliminates in the
// caller's matrix (through RowView): after solving, the caller's system
// matrix is upper triangular, and the residual A·x - b it computes next is
// wrong. It prints A as [2 1; 0 2.5] and a residual of 1.5 instead of
// [2 1; 1 3] and 0.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// solve returns x with a·x = b, for a square a without zero pivots.
func solve(a *mat.Dense, b *mat.VecDense) *mat.VecDense {
	n, _ := a.Dims()
	x := mat.VecDenseCopyOf(b)
	for k := 0; k < n; k++ {
		pivot := a.RowView(k)
		for i := k + 1; i < n; i++ {
			f := a.At(i, k) / a.At(k, k)
			row := a.RowView(i).(*mat.VecDense)
			row.AddScaledVec(row, -f, pivot) // want "VC1006"
			x.SetVec(i, x.AtVec(i)-f*x.AtVec(k))
		}
	}
	for k := n - 1; k >= 0; k-- {
		s := x.AtVec(k)
		for j := k + 1; j < n; j++ {
			s -= a.At(k, j) * x.AtVec(j)
		}
		x.SetVec(k, s/a.At(k, k))
	}
	return x
}

func main() {
	a := mat.NewDense(2, 2, []float64{2, 1, 1, 3})
	b := mat.NewVecDense(2, []float64{3, 5})
	x := solve(a, b)
	var r mat.VecDense
	r.MulVec(a, x)
	r.SubVec(&r, b)
	fmt.Printf("x = %v\nA = %v\nresidual = %.3g\n", mat.Formatted(x.T()), mat.Formatted(a), mat.Norm(&r, 2))
}
