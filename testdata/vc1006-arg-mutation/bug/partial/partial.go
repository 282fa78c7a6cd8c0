// Package partial computes normalised histograms.
//
// Review: redteam
package partial

import nd "github.com/viewcheck/viewcheck/ndarray"

// Density returns counts divided by their total, as a new array; negative
// counts (sensor glitches) are treated as zero.
func Density(counts *nd.Array[float64]) (out *nd.Array[float64]) {
	if nd.Min(counts) < 0 {
		neg := nd.Less(counts, nd.Full(0.0, 1))
		counts.PutMask(neg, nd.Full(0.0, 1)) // want "VC1006"
	}
	out = counts.Copy()
	nd.ScaleAssign(out, 1/nd.Sum(out))
	return out
}
