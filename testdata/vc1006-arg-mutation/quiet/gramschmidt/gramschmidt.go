// Package gramschmidt orthonormalises columns in place on a copy.
//
// Review: redteam2
package gramschmidt

import (
	"math"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func QR(a *nd.Array[float64]) (*nd.Array[float64], *nd.Array[float64]) {
	m, n := a.Shape()[0], a.Shape()[1]
	q := a.Copy()
	r := nd.Zeros[float64](n, n)
	for j := 0; j < n; j++ {
		v := q.Slice(nd.All(), nd.I(j))
		for k := 0; k < j; k++ {
			qk := q.Slice(nd.All(), nd.I(k))
			d := nd.Sum(nd.Mul(qk, v))
			r.Set(d, k, j)
			proj := qk.Copy()
			nd.ScaleAssign(proj, d)
			nd.SubAssign(v, proj)
		}
		norm := math.Sqrt(nd.Sum(nd.Mul(v, v)))
		r.Set(norm, j, j)
		if norm > 0 {
			nd.ScaleAssign(v, 1/norm)
		}
	}
	_ = m
	return q, r
}
