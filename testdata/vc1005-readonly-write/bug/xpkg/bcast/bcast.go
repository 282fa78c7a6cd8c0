// Package bcast expands vectors to matrices.
//
// Review: redteam
package bcast

import nd "github.com/viewcheck/viewcheck/ndarray"

// AsColumn returns v repeated across cols columns, as a read-only view.
func AsColumn(v *nd.Array[float64], cols int) *nd.Array[float64] {
	return v.Slice(nd.All(), nd.NewAxis()).BroadcastTo(v.Size(), cols)
}
