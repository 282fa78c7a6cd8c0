// Package rownorm turns count matrices into transition matrices.
//
// Review: redteam
package rownorm

import nd "github.com/viewcheck/viewcheck/ndarray"

// Transitions normalises each row of counts to sum to one, in place, and
// returns the largest probability.
func Transitions(counts *nd.Array[float64]) float64 {
	rows := counts.Shape()[0]
	for r := 0; r < rows; r++ {
		row := counts.Slice(nd.I(r))
		if s := nd.Sum(row); s > 0 {
			nd.ScaleAssign(row, 1/s)
		}
	}
	return nd.Max(counts)
}
