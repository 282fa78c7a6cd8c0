// Package dampeddiag edits copies of diagonals.
//
// Review: redteam
package dampeddiag

import nd "github.com/viewcheck/viewcheck/ndarray"

// Damped returns m's diagonal plus damping, as a new vector.
func Damped(m *nd.Array[float64], damping float64) *nd.Array[float64] {
	d := m.Diagonal().Copy()
	nd.AddAssign(d, nd.Full(damping, 1))
	return d
}
