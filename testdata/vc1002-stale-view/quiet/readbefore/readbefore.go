// Package readbefore logs a frame before clearing it.
//
// Review: redteam
package readbefore

import nd "github.com/viewcheck/viewcheck/ndarray"

// Consume returns the old frame's total and clears the frame for reuse.
func Consume(frame *nd.Array[float64]) float64 {
	old := frame.View()
	total := nd.Sum(old)
	frame.Fill(0)
	return total
}
