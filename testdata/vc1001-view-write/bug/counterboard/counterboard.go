// Package counterboard lays out a counter as a board.
//
// Review: redteam
package counterboard

import nd "github.com/viewcheck/viewcheck/ndarray"

// Board marks a cell on a board laid out from a counter and returns the
// counter's original total, 0+1+...+11.
func Board() int64 {
	cells := nd.Arange[int64](12)
	board := cells.Reshape(3, 4)
	board.Set(-100, 1, 2) // want "VC1001"
	return nd.Sum(cells)
}
