// Package heatinterior is an explicit heat-equation solver. The interior view
// is taken once, outside the loop, and written each step: the whole point is
// to update u, and u is read again each step.
//
// Review: redteam2
package heatinterior

import nd "github.com/viewcheck/viewcheck/ndarray"

// Solve runs steps of u_t = alpha u_xx with fixed ends and returns u.
func Solve(u0 *nd.Array[float64], alpha float64, steps int) *nd.Array[float64] {
	u := u0.Copy()
	n := u.Shape()[0]
	for s := 0; s < steps; s++ {
		left := u.Slice(nd.S(0, n-2))
		mid := u.Slice(nd.S(1, n-1))
		right := u.Slice(nd.S(2, n))
		lap := nd.Sub(nd.Add(left, right), nd.Add(mid, mid))
		nd.ScaleAssign(lap, alpha)
		nd.AddAssign(mid, lap)
	}
	return u
}
