// Package channels sends independent frames to a worker.
//
// Review: redteam
package channels

import nd "github.com/viewcheck/viewcheck/ndarray"

// Pipeline sends a copy of each refilled frame to a worker and collects the
// worker's means.
func Pipeline(frames int) []float64 {
	buf := nd.Zeros[float64](32, 32)
	work := make(chan *nd.Array[float64])
	out := make(chan float64)
	go func() {
		for f := range work {
			out <- nd.Mean(f)
		}
		close(out)
	}()
	go func() {
		for k := 0; k < frames; k++ {
			buf.Fill(float64(k))
			work <- buf.Copy()
		}
		close(work)
	}()
	var means []float64
	for m := range out {
		means = append(means, m)
	}
	return means
}
