// Package snapshothelper measures the effect of a smoothing pass.
//
// Review: redteam
package snapshothelper

import (
	nd "github.com/viewcheck/viewcheck/ndarray"
	"viewcheck.test/vc1002-stale-view/quiet/snapshothelper/snap"
)

// SmoothChange smooths signal in place and returns the largest change.
func SmoothChange(signal *nd.Array[float64]) float64 {
	previous := snap.Of(signal)
	mid := nd.Add(signal.Slice(nd.S(0, -2)), signal.Slice(nd.S(2, nd.End)))
	nd.ScaleAssign(mid, 0.5)
	signal.Slice(nd.S(1, -1)).Assign(mid)
	return nd.Max(nd.Sub(signal, previous))
}
