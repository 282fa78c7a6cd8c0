// Package scaler standardises features with fitted statistics.
//
// Review: redteam
package scaler

import nd "github.com/viewcheck/viewcheck/ndarray"

// Scaler holds the column means and scales of a training set.
type Scaler struct {
	Mean, Scale *nd.Array[float64]
}

// Transform returns the standardised features as a new array.
func (s *Scaler) Transform(X *nd.Array[float64]) *nd.Array[float64] {
	nd.SubAssign(X, s.Mean) // want "VC1006"
	return nd.Div(X, s.Scale)
}
