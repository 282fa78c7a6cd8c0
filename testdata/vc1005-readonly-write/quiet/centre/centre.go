// Package centre centres data against a reference row.
//
// Review: redteam
package centre

import nd "github.com/viewcheck/viewcheck/ndarray"

// Centre returns x minus the reference row repeated for each sample.
func Centre(x, ref *nd.Array[float64]) *nd.Array[float64] {
	rep := ref.BroadcastTo(x.Shape()...)
	return nd.Sub(x, rep)
}
