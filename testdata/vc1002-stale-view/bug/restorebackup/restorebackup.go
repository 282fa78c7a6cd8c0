// Package restorebackup: a backup taken as a view and restored after the edit.
//
// Review: redteam2
package restorebackup

import nd "github.com/viewcheck/viewcheck/ndarray"

func Perturb(w *nd.Array[float64], loss func(*nd.Array[float64]) float64) float64 {
	origW := w.Slice(nd.All(), nd.All())
	base := loss(w)
	nd.ScaleAssign(w, 1.01) // want "VC1002"
	up := loss(w)
	w.Assign(origW)
	return up - base
}
