// Package audiochan hands audio blocks to a consumer.
//
// Review: redteam
package audiochan

import nd "github.com/viewcheck/viewcheck/ndarray"

// read stands in for a device read into buf.
func read(buf *nd.Array[int16], block int) {
	buf.Fill(int16(block * 100))
}

// Blocks reads two blocks into one buffer, queueing each, and returns the
// level of the first.
func Blocks() float64 {
	buf := nd.Zeros[int16](512)
	queue := make(chan *nd.Array[int16], 2)
	read(buf, 0)
	queue <- buf.View()
	read(buf, 1) // want "VC1002"
	queue <- buf.View()
	first := <-queue
	return nd.Mean(first)
}
