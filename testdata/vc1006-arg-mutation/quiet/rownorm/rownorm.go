// Package rownorm normalises rows in place (generic, returns nothing).
//
// Review: redteam2
package rownorm

import nd "github.com/viewcheck/viewcheck/ndarray"

// NormalizeRows scales every row of m, in place, to sum to one.
func NormalizeRows[T ~float32 | ~float64](m *nd.Array[T]) {
	rows := m.Shape()[0]
	for r := 0; r < rows; r++ {
		row := m.Slice(nd.I(r))
		s := nd.Sum(row)
		if s != 0 {
			nd.ScaleAssign(row, 1/s)
		}
	}
}

func Transition(counts *nd.Array[float64]) *nd.Array[float64] {
	p := counts.Copy()
	NormalizeRows(p)
	return p
}

func Softmaxish(m *nd.Array[float64]) float64 {
	NormalizeRows(m)
	return nd.Sum(m)
}
