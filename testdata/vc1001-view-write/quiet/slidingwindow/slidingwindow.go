// Package slidingwindow computes moving averages.
//
// Review: redteam
package slidingwindow

import nd "github.com/viewcheck/viewcheck/ndarray"

// MovingAverage returns the means of every window of w samples of sig.
func MovingAverage(sig *nd.Array[float64], w int) *nd.Array[float64] {
	n := sig.Size()
	out := nd.Zeros[float64](n - w + 1)
	for i := 0; i+w <= n; i++ {
		win := sig.Slice(nd.S(i, i+w))
		out.Set(nd.Mean(win), i)
	}
	return out
}
