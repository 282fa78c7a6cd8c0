// Package channelviews: views of a reused buffer sent over a channel.
//
// Review: redteam2
package channelviews

import nd "github.com/viewcheck/viewcheck/ndarray"

func Produce(src [][]float64, width int) []*nd.Array[float64] {
	ch := make(chan *nd.Array[float64], len(src))
	buf := nd.Zeros[float64](width)
	for _, rec := range src {
		buf.Assign(nd.FromSlice(rec)) // want "VC1002"
		ch <- buf.Slice(nd.All())
	}
	close(ch)
	var out []*nd.Array[float64]
	for a := range ch {
		out = append(out, a)
	}
	return out
}
