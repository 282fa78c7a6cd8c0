// Package stat has generic helpers that sort their argument in place, and
// say so: they are not reported here, and their callers in other packages
// learn that they reorder from their facts.
package stat

import (
	"cmp"
	"slices"
)

// Percentile sorts xs in place and returns its p-th percentile.
func Percentile[T cmp.Ordered](xs []T, p int) T {
	slices.Sort(xs)
	return xs[(len(xs)-1)*p/100]
}
