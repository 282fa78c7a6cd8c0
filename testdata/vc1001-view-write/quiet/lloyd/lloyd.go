// Package lloyd is Lloyd's algorithm; centroids are recomputed in place row
// by row.
//
// Review: redteam2
package lloyd

import (
	"math"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func dist2(a, b *nd.Array[float64]) float64 {
	d := nd.Sub(a, b)
	return nd.Sum(nd.Mul(d, d))
}

func Fit(x *nd.Array[float64], k, iters int) (*nd.Array[float64], []int) {
	n, d := x.Shape()[0], x.Shape()[1]
	cent := x.Slice(nd.S(0, k)).Copy()
	labels := make([]int, n)
	for it := 0; it < iters; it++ {
		for i := 0; i < n; i++ {
			p := x.Slice(nd.I(i))
			best, bd := 0, math.Inf(1)
			for c := 0; c < k; c++ {
				if dd := dist2(p, cent.Slice(nd.I(c))); dd < bd {
					best, bd = c, dd
				}
			}
			labels[i] = best
		}
		counts := make([]int, k)
		cent.Fill(0)
		for i := 0; i < n; i++ {
			c := cent.Slice(nd.I(labels[i]))
			nd.AddAssign(c, x.Slice(nd.I(i)))
			counts[labels[i]]++
		}
		for c := 0; c < k; c++ {
			if counts[c] > 0 {
				row := cent.Slice(nd.I(c))
				nd.ScaleAssign(row, 1/float64(counts[c]))
			}
		}
	}
	_ = d
	return cent, labels
}
