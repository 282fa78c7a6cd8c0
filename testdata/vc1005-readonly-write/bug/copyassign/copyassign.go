// Package copyassign resets parameter grids.
//
// Review: redteam
package copyassign

import nd "github.com/viewcheck/viewcheck/ndarray"

// Reset loads defaults into a grid of shared coefficients.
func Reset(coef *nd.Array[float64], defaults *nd.Array[float64], rows int) *nd.Array[float64] {
	grid := coef.BroadcastTo(rows, coef.Size())
	grid.Assign(defaults) // want "VC1005"
	return grid
}
