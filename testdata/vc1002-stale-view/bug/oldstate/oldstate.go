// Package oldstate: an "old" view read after the state was updated, in a
// function that also changes its parameter (both checks apply to one write).
//
// Review: redteam2
package oldstate

import nd "github.com/viewcheck/viewcheck/ndarray"

func Velocity(pos *nd.Array[float64], vel *nd.Array[float64], dt float64) *nd.Array[float64] {
	old := pos.Slice(nd.All())
	nd.AddAssign(pos, vel) // want "VC1006" "VC1002"
	moved := nd.Sub(pos, old)
	nd.ScaleAssign(moved, 1/dt)
	return moved
}
