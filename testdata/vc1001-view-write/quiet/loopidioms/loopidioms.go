// Package loopidioms holds loop idioms over views that are correct.
//
// Review: redteam
package loopidioms

import nd "github.com/viewcheck/viewcheck/ndarray"

// RowsWithTotal normalises each row in place and sums the matrix as it
// goes.
func RowsWithTotal(m *nd.Array[float64]) float64 {
	var total float64
	for r := 0; r < m.Shape()[0]; r++ {
		row := m.Slice(nd.I(r))
		nd.ScaleAssign(row, 1/nd.Sum(row))
		total += nd.Sum(m)
	}
	return total
}

// Nested clears the first negative entry of each row.
func Nested(m *nd.Array[float64]) float64 {
	for r := 0; r < m.Shape()[0]; r++ {
		row := m.Slice(nd.I(r))
		for c := 0; c < row.Size(); c++ {
			if row.At(c) < 0 {
				row.Set(0, c)
				break
			}
		}
	}
	return nd.Sum(m)
}

// Steps advances x with next and sums the changes, each taken before the
// overwrite.
func Steps(x *nd.Array[float64], next func(int) *nd.Array[float64], steps int) float64 {
	var acc float64
	for t := 0; t < steps; t++ {
		prev := x.View()
		n := next(t)
		d := nd.Sub(n, prev)
		x.Assign(n)
		acc += nd.Sum(d)
	}
	return acc
}

// LiveDiag records the trace while the matrix changes: d is a live window.
func LiveDiag(m *nd.Array[float64], n int) []float64 {
	d := m.Diagonal()
	var tr []float64
	for i := 0; i < n; i++ {
		m.Set(float64(i), i%m.Shape()[0], i%m.Shape()[0])
		tr = append(tr, nd.Sum(d))
	}
	return tr
}
