// Package geom builds on views: its results are views of views of the
// caller's arrays, two packages away.
package geom

import (
	"github.com/viewcheck/viewcheck/ndarray"

	"viewcheck.test/crosspkg/views"
)

// Center returns the centre cell block of m's interior. It shares m's
// memory.
func Center(m *ndarray.Array[float64]) *ndarray.Array[float64] {
	in := views.Interior(m)
	return in.Slice(ndarray.S(0, 1), ndarray.S(0, 1))
}

// TopEdge returns the first row of m's interior, as a view.
func TopEdge(m *ndarray.Array[float64]) *ndarray.Array[float64] {
	return views.FirstRow(views.Interior(m))
}
