// Package jacobi iterates with an explicit previous copy.
//
// Review: redteam2
package jacobi

import (
	"math"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func Solve(a, b *nd.Array[float64], tol float64) *nd.Array[float64] {
	n := b.Size()
	x := nd.Zeros[float64](n)
	for it := 0; it < 1000; it++ {
		prev := x.Copy()
		for i := 0; i < n; i++ {
			s := b.At(i)
			for j := 0; j < n; j++ {
				if j != i {
					s -= a.At(i, j) * prev.At(j)
				}
			}
			x.Set(s/a.At(i, i), i)
		}
		d := nd.Sub(x, prev)
		if math.Sqrt(nd.Sum(nd.Mul(d, d))) < tol {
			break
		}
	}
	return x
}
