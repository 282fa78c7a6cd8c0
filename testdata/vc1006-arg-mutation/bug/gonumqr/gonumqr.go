// Bug (VC1006): Gram-Schmidt QR that returns new Q and R matrices but orthonormalises the
// columns of its argument in place (ColView) before copying them into Q:
// the caller's matrix comes back orthonormal, and the reconstruction check
// Q·R - A it runs prints 6.1 instead of 0.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func qr(a *mat.Dense) (q, r *mat.Dense) {
	m, n := a.Dims()
	r = mat.NewDense(n, n, nil)
	for j := 0; j < n; j++ {
		aj := a.ColView(j).(*mat.VecDense)
		for i := 0; i < j; i++ {
			rij := mat.Dot(a.ColView(i), aj)
			r.Set(i, j, rij)
			aj.AddScaledVec(aj, -rij, a.ColView(i)) // want "VC1006"
		}
		r.Set(j, j, mat.Norm(aj, 2))
		aj.ScaleVec(1/r.At(j, j), aj)
	}
	q = mat.NewDense(m, n, nil)
	q.Copy(a)
	return q, r
}

func main() {
	a := mat.NewDense(3, 2, []float64{3, 1, 4, 2, 0, 5})
	q, r := qr(a)
	var back mat.Dense
	back.Mul(q, r)
	back.Sub(&back, a)
	fmt.Printf("R = %.3g\n|QR - A| = %.2g\n", mat.Formatted(r), mat.Norm(&back, 2))
}
