// Bug (VC1001): a stream buffer hands out windows of its current
// contents and advances by re-slicing its own field. window(2, 4) before
// the advance and window(0, 2) after it are the same rows of the buffer,
// though their bounds look apart.
//
// Review: redteam4
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

type stream struct{ buf *ndarray.Array[float64] }

func (s *stream) window(lo, hi int) *ndarray.Array[float64] {
	return s.buf.Slice(ndarray.S(lo, hi))
}

func (s *stream) advance(n int) { s.buf = s.buf.Slice(ndarray.S(n, ndarray.End)) }

func main() {
	data := ndarray.Arange[float64](6)
	s := &stream{buf: data}
	ahead := s.window(2, 4)
	s.advance(2)
	now := s.window(0, 2)
	ahead.Fill(0)                 // want "VC1001"
	fmt.Println(ndarray.Sum(now)) // 0, not 5
}
