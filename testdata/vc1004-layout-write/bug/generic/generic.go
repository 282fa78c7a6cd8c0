// Package generic pads sequences for batching.
//
// Review: redteam
package generic

import nd "github.com/viewcheck/viewcheck/ndarray"

// MaskTail overwrites the last k steps of each sequence in batch with pad,
// treating the batch as one long stream, and returns the batch's minimum.
func MaskTail[T nd.Ordered](batch *nd.Array[T], k int, pad T) T {
	stream := batch.Reshape(-1)
	stream.Slice(nd.S(-k, nd.End)).Fill(pad) // want "VC1004"
	return nd.Min(batch)
}
