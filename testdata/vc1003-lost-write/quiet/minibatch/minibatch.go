// Package minibatch trains a linear model on shuffled mini-batches.
//
// Review: redteam
package minibatch

import (
	"math/rand"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// Epoch runs one epoch of SGD on X (n x d), y (n x 1), updating w (d x 1).
func Epoch(X, y, w *nd.Array[float64], batch int, lr float64, rng *rand.Rand) {
	n := X.Shape()[0]
	perm := rng.Perm(n)
	for start := 0; start < n; start += batch {
		idx := perm[start:min(start+batch, n)]
		xb := X.Take(idx, 0)
		yb := y.Take(idx, 0)
		resid := nd.Sub(nd.MatMul(xb, w), yb)
		grad := nd.MatMul(xb.Transpose(), resid)
		nd.ScaleAssign(grad, lr/float64(len(idx)))
		nd.SubAssign(w, grad)
	}
}
