// Package spectrumring computes a running spectrum over a ring of blocks.
//
// Review: redteam
package spectrumring

import nd "github.com/viewcheck/viewcheck/ndarray"

// Ring holds the most recent blocks of a stream.
type Ring struct {
	data *nd.Array[float32]
	next int
}

// NewRing returns a ring of n blocks of size b.
func NewRing(n, b int) *Ring {
	return &Ring{data: nd.Zeros[float32](n, b)}
}

// Push copies block into the oldest slot.
func (r *Ring) Push(block *nd.Array[float32]) {
	slot := r.data.Slice(nd.I(r.next))
	slot.Assign(block)
	r.next = (r.next + 1) % r.data.Shape()[0]
}

// Level returns the mean over every block held.
func (r *Ring) Level() float64 { return nd.Mean(r.data) }
