// Package reshaperead reads counters as boards.
//
// Review: redteam
package reshaperead

import nd "github.com/viewcheck/viewcheck/ndarray"

// RowTotals returns the totals of the rows of a 3 x 4 board laid out over
// a counter.
func RowTotals() []int {
	cells := nd.Arange[int](12)
	board := cells.Reshape(3, 4)
	totals := make([]int, 3)
	for r := range totals {
		totals[r] = nd.Sum(board.Slice(nd.I(r)))
	}
	return totals
}
