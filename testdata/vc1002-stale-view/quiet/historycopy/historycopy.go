// Package historycopy records simulation states.
//
// Review: redteam
package historycopy

import nd "github.com/viewcheck/viewcheck/ndarray"

// Simulate relaxes a chain of springs and returns every state.
func Simulate(n, steps int) []*nd.Array[float64] {
	pos := nd.Arange[float64](n)
	var history []*nd.Array[float64]
	for s := 0; s < steps; s++ {
		history = append(history, pos.Copy())
		mid := nd.Add(pos.Slice(nd.S(0, -2)), pos.Slice(nd.S(2, nd.End)))
		nd.ScaleAssign(mid, 0.5)
		pos.Slice(nd.S(1, -1)).Assign(mid)
	}
	return history
}
