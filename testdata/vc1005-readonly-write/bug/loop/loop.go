// Package loop accumulates per-row offsets.
//
// Review: redteam
package loop

import nd "github.com/viewcheck/viewcheck/ndarray"

// Offsets returns base repeated over rows with row i shifted by i.
func Offsets(base *nd.Array[int], rows int) *nd.Array[int] {
	grid := base.ExpandDims(0).BroadcastTo(rows, base.Size())
	for i := 0; i < rows; i++ {
		r := grid.Slice(nd.I(i))
		nd.AddAssign(r, nd.Full(i, 1)) // want "VC1005"
	}
	return grid
}
