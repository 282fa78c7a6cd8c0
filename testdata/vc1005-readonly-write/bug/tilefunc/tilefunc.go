// Package tilefunc tiles a template over a canvas.
//
// Review: redteam
package tilefunc

import nd "github.com/viewcheck/viewcheck/ndarray"

// tile repeats row over n rows without copying.
func tile(row *nd.Array[float32], n int) *nd.Array[float32] {
	return row.BroadcastTo(n, row.Size())
}

// Canvas tiles a gradient and adds noise to it.
func Canvas(noise *nd.Array[float32]) *nd.Array[float32] {
	grad := nd.Arange[float32](16)
	canvas := tile(grad, 16)
	nd.AddAssign(canvas, noise) // want "VC1005"
	return canvas
}
