// Package bias adds a bias row to a batch.
//
// Review: redteam
package bias

import nd "github.com/viewcheck/viewcheck/ndarray"

// Logits returns x plus a bias tiled over the batch, with the first class
// nudged.
func Logits(x, bias *nd.Array[float64]) *nd.Array[float64] {
	n, k := x.Shape()[0], x.Shape()[1]
	tiled := bias.BroadcastTo(n, k)
	tiled.Set(tiled.At(0, 0)+0.1, 0, 0) // want "VC1005"
	return nd.Add(x, tiled)
}
