// Package bollinger computes Bollinger bands.
//
// Review: redteam
package bollinger

import (
	"math"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// Bands returns the moving mean and the upper band of closes over windows
// of w days.
func Bands(closes *nd.Array[float64], w int, k float64) (mid, upper *nd.Array[float64]) {
	n := closes.Size()
	mid = nd.Zeros[float64](n - w + 1)
	upper = nd.Zeros[float64](n - w + 1)
	for i := 0; i+w <= n; i++ {
		win := closes.Slice(nd.S(i, i+w))
		mu := nd.Mean(win)
		dev := nd.Sub(win, nd.Full(mu, 1))
		sd := math.Sqrt(nd.Mean(nd.Mul(dev, dev)))
		mid.Set(mu, i)
		upper.Set(mu+k*sd, i)
	}
	return mid, upper
}
