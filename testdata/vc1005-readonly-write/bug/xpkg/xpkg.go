// Package xpkg computes distances to class centres.
//
// Review: redteam
package xpkg

import (
	nd "github.com/viewcheck/viewcheck/ndarray"
	"viewcheck.test/vc1005-readonly-write/bug/xpkg/bcast"
)

// Distances returns the squared norms of points minus one of them.
func Distances(norms *nd.Array[float64], k int) *nd.Array[float64] {
	d := bcast.AsColumn(norms, k)
	nd.ScaleAssign(d, -2) // want "VC1005"
	return d
}
