// Package boolflags selects samples with boolean flags.
//
// Review: redteam
package boolflags

import nd "github.com/viewcheck/viewcheck/ndarray"

// Selected returns the samples whose index is listed in keep.
func Selected(samples *nd.Array[float64], keep []int) *nd.Array[float64] {
	flags := nd.Zeros[bool](samples.Size())
	for _, k := range keep {
		flags.Set(true, k)
	}
	return samples.Mask(flags)
}
