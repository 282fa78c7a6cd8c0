// Package rowloop drops flagged samples from a batch.
//
// Review: redteam
package rowloop

import nd "github.com/viewcheck/viewcheck/ndarray"

// ZeroFlagged zeroes the rows listed in bad and returns the batch mean.
func ZeroFlagged(batch *nd.Array[float64], bad []int) float64 {
	for _, r := range bad {
		if r < 0 {
			continue
		}
		row := batch.Slice(nd.I(r))
		row.Fill(0)
	}
	return nd.Mean(batch)
}
