// Package normalizecopy turns weights into probabilities.
//
// Review: redteam
package normalizecopy

import nd "github.com/viewcheck/viewcheck/ndarray"

// Probabilities returns w / sum(w) as a new array; w is unchanged.
func Probabilities(w *nd.Array[float64]) *nd.Array[float64] {
	p := w.Copy()
	flat := p.Reshape(-1)
	nd.ScaleAssign(flat, 1/nd.Sum(flat))
	return flat
}
