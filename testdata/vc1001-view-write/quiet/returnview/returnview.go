// Package returnview carves regions out of buffers.
//
// Review: redteam
package returnview

import nd "github.com/viewcheck/viewcheck/ndarray"

// Region returns a cleared h x w region at the top left of canvas, a view
// the caller draws into.
func Region(canvas *nd.Array[uint8], h, w int) *nd.Array[uint8] {
	r := canvas.Slice(nd.S(0, h), nd.S(0, w))
	r.Fill(0)
	return r
}
