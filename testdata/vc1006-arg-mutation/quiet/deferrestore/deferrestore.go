// Package deferrestore restores a parameter from a copy on the way out.
//
// Review: redteam2
package deferrestore

import nd "github.com/viewcheck/viewcheck/ndarray"

func WithDropout(w *nd.Array[float64], keep []int, f func(*nd.Array[float64]) float64) float64 {
	saved := w.Copy()
	defer w.Assign(saved)
	mask := nd.Zeros[float64](w.Shape()...)
	for _, k := range keep {
		mask.Set(1, k)
	}
	nd.MulAssign(w, mask)
	return f(w)
}
