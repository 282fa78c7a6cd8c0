// Package flattenused computes medians.
//
// Review: redteam
package flattenused

import (
	"slices"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// Median returns the median of img, which is left unchanged.
func Median(img *nd.Array[float64]) float64 {
	vals := img.Flatten()
	s := vals.ToSlice()
	slices.Sort(s)
	sorted := nd.FromSlice(s)
	vals.Assign(sorted)
	return vals.At(vals.Size() / 2)
}
