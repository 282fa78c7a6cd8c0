// Package expand adds batch axes.
//
// Review: redteam
package expand

import nd "github.com/viewcheck/viewcheck/ndarray"

// Batch wraps one sample in a batch, scales the batch and returns the
// sample's mean.
func Batch() float64 {
	sample := nd.Arange[float64](10)
	batch := sample.ExpandDims(0)
	nd.ScaleAssign(batch, 0.1) // want "VC1001"
	single := batch.Squeeze(0)
	single.Set(7, 0) // want "VC1001"
	return nd.Mean(sample)
}
