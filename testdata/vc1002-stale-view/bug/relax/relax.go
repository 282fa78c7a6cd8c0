// Package relax runs Jacobi iterations on a 1-D Poisson problem.
//
// Review: redteam
package relax

import nd "github.com/viewcheck/viewcheck/ndarray"

// Residual does sweeps of Jacobi relaxation and returns the last update size.
func Residual(u *nd.Array[float64], sweeps int) float64 {
	n := u.Size()
	var delta float64
	for s := 0; s < sweeps; s++ {
		snap := u.Slice(nd.S(1, -1))
		interior := nd.Add(u.Slice(nd.S(0, n-2)), u.Slice(nd.S(2, n)))
		nd.ScaleAssign(interior, 0.5)
		u.Slice(nd.S(1, -1)).Assign(interior) // want "VC1002"
		d := nd.Sub(u.Slice(nd.S(1, -1)), snap)
		delta = nd.Max(d)
	}
	return delta
}
