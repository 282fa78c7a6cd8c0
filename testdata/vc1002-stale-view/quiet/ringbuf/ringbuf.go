// Package ringbuf is a fixed-size history of rows; reads return copies.
//
// Review: redteam2
package ringbuf

import nd "github.com/viewcheck/viewcheck/ndarray"

type Ring struct {
	data *nd.Array[float64]
	next int
	full bool
}

func New(n, d int) *Ring { return &Ring{data: nd.Zeros[float64](n, d)} }

func (r *Ring) Push(x *nd.Array[float64]) {
	slot := r.data.Slice(nd.I(r.next))
	slot.Assign(x)
	r.next = (r.next + 1) % r.data.Shape()[0]
	if r.next == 0 {
		r.full = true
	}
}

func (r *Ring) Mean() *nd.Array[float64] {
	n := r.next
	if r.full {
		n = r.data.Shape()[0]
	}
	acc := nd.Zeros[float64](r.data.Shape()[1])
	for i := 0; i < n; i++ {
		nd.AddAssign(acc, r.data.Slice(nd.I(i)))
	}
	nd.ScaleAssign(acc, 1/float64(n))
	return acc
}

func (r *Ring) Latest() *nd.Array[float64] {
	i := (r.next - 1 + r.data.Shape()[0]) % r.data.Shape()[0]
	return r.data.Slice(nd.I(i)).Copy()
}
