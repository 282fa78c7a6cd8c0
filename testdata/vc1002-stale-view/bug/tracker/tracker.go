// Package tracker measures how far a particle system moved.
//
// Review: redteam
package tracker

import nd "github.com/viewcheck/viewcheck/ndarray"

type tracker struct {
	ref   *nd.Array[float64]
	steps int
}

// Displacement advances positions by velocities dt at a time and returns
// the total displacement from the start.
func Displacement(n, steps int, dt float64) float64 {
	pos := nd.Zeros[float64](n, 3)
	vel := nd.Full(0.25, n, 3)
	t := &tracker{}
	t.ref = pos.View()
	for i := 0; i < steps; i++ {
		v := vel.Copy()
		nd.ScaleAssign(v, dt)
		nd.AddAssign(pos, v) // want "VC1002"
		t.steps++
	}
	return nd.Sum(nd.Sub(pos, t.ref))
}
