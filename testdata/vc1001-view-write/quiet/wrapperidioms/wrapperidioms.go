// Package wrapperidioms holds in-place idioms on wrappers and workspaces.
//
// Review: redteam
package wrapperidioms

import nd "github.com/viewcheck/viewcheck/ndarray"

// Image wraps a pixel array.
type Image struct{ pix *nd.Array[uint8] }

// FlipTop exchanges the first and last rows of the image, in place.
func (im *Image) FlipTop() {
	top := im.pix.Slice(nd.I(0))
	bottom := im.pix.Slice(nd.I(-1))
	t := top.Copy()
	top.Assign(bottom)
	bottom.Assign(t)
}

// Scratch doubles x in a workspace row and returns the sum.
func Scratch(ws, x *nd.Array[float64]) float64 {
	tmp := ws.Slice(nd.I(0))
	tmp.Assign(x)
	nd.ScaleAssign(tmp, 2)
	return nd.Sum(tmp)
}

// AddRow adds row to every row of m, in place.
func AddRow(m, row *nd.Array[float64]) {
	nd.AddAssign(m, row.BroadcastTo(m.Shape()...))
}
