// Package ravelread summarises tensors.
//
// Review: redteam
package ravelread

import nd "github.com/viewcheck/viewcheck/ndarray"

// Range returns the spread of t's values, reading through a flat view.
func Range(t *nd.Array[float32]) float32 {
	flat := t.Ravel()
	return nd.Max(flat) - nd.Min(flat)
}
