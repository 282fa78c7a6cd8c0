// Package trace computes traces.
//
// Review: redteam
package trace

import nd "github.com/viewcheck/viewcheck/ndarray"

// Trace returns the sum of the main diagonal and of the first
// superdiagonal of m.
func Trace(m *nd.Array[float64]) (main, super float64) {
	return nd.Sum(m.Diagonal()), nd.Sum(m.Diagonal(1))
}
