// Package broadcastcopy builds per-sample bias tables.
//
// Review: redteam
package broadcastcopy

import nd "github.com/viewcheck/viewcheck/ndarray"

// Table returns bias repeated for n samples, with sample 0 boosted; the
// table owns its memory.
func Table(bias *nd.Array[float64], n int) *nd.Array[float64] {
	t := bias.BroadcastTo(n, bias.Size()).Copy()
	nd.ScaleAssign(t.Slice(nd.I(0)), 2)
	return t
}
