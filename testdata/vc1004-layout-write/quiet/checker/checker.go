// Package checker builds small test matrices.
//
// Review: redteam
package checker

import nd "github.com/viewcheck/viewcheck/ndarray"

// Checker returns a 4 x 4 matrix numbered 0..15 with its corner negated.
func Checker() *nd.Array[int] {
	m := nd.Arange[int](16).Reshape(4, 4)
	m.Set(-m.At(3, 3), 3, 3)
	col := nd.Arange[float64](6).Reshape(2, 3)
	col.Set(9, 0, 0)
	_ = nd.Sum(col)
	return m
}
