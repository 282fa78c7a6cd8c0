// Package gradcheck2: central-difference gradients that perturb a parameter
// and restore it before returning (the caller's array ends unchanged).
//
// Review: redteam2
package gradcheck2

import nd "github.com/viewcheck/viewcheck/ndarray"

func NumGrad(w *nd.Array[float64], loss func(*nd.Array[float64]) float64, eps float64) *nd.Array[float64] {
	n := w.Size()
	g := nd.Zeros[float64](n)
	for i := 0; i < n; i++ {
		o := w.At(i)
		w.Set(o+eps, i) // want "VC1006"
		up := loss(w)
		w.Set(o-eps, i)
		down := loss(w)
		w.Set(o, i)
		g.Set((up-down)/(2*eps), i)
	}
	return g
}
