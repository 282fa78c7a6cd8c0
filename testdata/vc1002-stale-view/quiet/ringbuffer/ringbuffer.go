// Quiet: a ring buffer of samples. Push writes a slot through an unnamed
// view; Latest returns a view that callers read right away.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

type Ring struct {
	buf  *nd.Array[float64]
	head int
	n    int
}

func NewRing(slots, width int) *Ring {
	return &Ring{buf: nd.Zeros[float64](slots, width)}
}

// Push copies x into the next slot.
func (r *Ring) Push(x *nd.Array[float64]) {
	r.buf.Slice(nd.I(r.head)).Assign(x)
	r.head = (r.head + 1) % r.buf.Shape()[0]
	r.n++
}

// Latest returns the most recent slot. It shares the ring's memory.
func (r *Ring) Latest() *nd.Array[float64] {
	i := (r.head - 1 + r.buf.Shape()[0]) % r.buf.Shape()[0]
	return r.buf.Slice(nd.I(i))
}

func main() {
	r := NewRing(3, 2)
	for t := 0; t < 5; t++ {
		r.Push(nd.Full(float64(t), 2))
		fmt.Println("latest:", r.Latest(), "mean:", nd.Mean(r.Latest()))
	}
}
