// Package deltabefore updates a state and reports the change.
//
// Review: redteam
package deltabefore

import nd "github.com/viewcheck/viewcheck/ndarray"

// Advance replaces state by next, in place, and returns the total change;
// the change is computed before the overwrite.
func Advance(state, next *nd.Array[float64]) float64 {
	old := state.View()
	change := nd.Sum(nd.Sub(next, old))
	state.Assign(next)
	return change
}
