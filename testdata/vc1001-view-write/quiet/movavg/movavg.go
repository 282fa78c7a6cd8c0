// Package movavg is a moving average: read-only sliding windows feed a
// separate output.
//
// Review: redteam2
package movavg

import nd "github.com/viewcheck/viewcheck/ndarray"

func MovingAverage(x *nd.Array[float64], k int) *nd.Array[float64] {
	n := x.Size() - k + 1
	out := nd.Zeros[float64](n)
	for i := 0; i < n; i++ {
		window := x.Slice(nd.S(i, i+k))
		out.Set(nd.Mean(window), i)
	}
	return out
}

func Detrend(x *nd.Array[float64]) *nd.Array[float64] {
	trend := MovingAverage(x, 5)
	centre := x.Slice(nd.S(2, x.Size()-2))
	return nd.Sub(centre, trend)
}
