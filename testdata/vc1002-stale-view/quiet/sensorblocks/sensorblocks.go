// Package sensorblocks streams sensor blocks through one buffer.
//
// Review: redteam
package sensorblocks

import nd "github.com/viewcheck/viewcheck/ndarray"

func refill(buf *nd.Array[float64], k int) {
	buf.Fill(float64(k))
}

// HeaderLevels refills the buffer block after block and returns the mean of
// each block's header.
func HeaderLevels(blocks int) []float64 {
	buf := nd.Zeros[float64](1024)
	header := buf.Slice(nd.S(0, 64))
	levels := make([]float64, 0, blocks)
	for k := 0; k < blocks; k++ {
		refill(buf, k)
		levels = append(levels, nd.Mean(header))
	}
	return levels
}
