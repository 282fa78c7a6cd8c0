// Package gonumviews holds helpers over gonum's mat that several gonum
// programs of the corpus import: Interior, Column, Head and Rows return views
// of their argument, CopyOf returns an independent copy, and CenterColumns
// writes its argument in place. Their summaries reach the callers as facts.
package gonumviews

import "gonum.org/v1/gonum/mat"

// Interior returns m without its first and last rows and columns (the
// interior of a grid), sharing m's memory.
func Interior(m *mat.Dense) *mat.Dense {
	r, c := m.Dims()
	return m.Slice(1, r-1, 1, c-1).(*mat.Dense)
}

// Column returns column j of m as a vector sharing m's memory.
func Column(m *mat.Dense, j int) *mat.VecDense {
	return m.ColView(j).(*mat.VecDense)
}

// Head returns the first k elements of v, sharing v's memory.
func Head(v *mat.VecDense, k int) *mat.VecDense {
	return v.SliceVec(0, k).(*mat.VecDense)
}

// Rows returns rows [i, k) of m, sharing m's memory.
func Rows(m *mat.Dense, i, k int) *mat.Dense {
	_, c := m.Dims()
	return m.Slice(i, k, 0, c).(*mat.Dense)
}

// CopyOf returns a copy of m with memory of its own.
func CopyOf(m mat.Matrix) *mat.Dense {
	return mat.DenseCopyOf(m)
}

// CenterColumns subtracts each column's mean from the column, in place.
func CenterColumns(m *mat.Dense) {
	r, c := m.Dims()
	for j := 0; j < c; j++ {
		col := m.ColView(j).(*mat.VecDense)
		mean := mat.Sum(col) / float64(r)
		for i := 0; i < r; i++ {
			col.SetVec(i, col.AtVec(i)-mean)
		}
	}
}
