// Package structlit keeps checkpoints of an optimiser.
//
// Review: redteam
package structlit

import nd "github.com/viewcheck/viewcheck/ndarray"

// Checkpoint is a saved optimiser state.
type Checkpoint struct {
	Step    int
	Weights *nd.Array[float64]
}

// Train runs steps and returns how far the weights moved since the first
// checkpoint.
func Train(w *nd.Array[float64], steps int) float64 {
	cp := Checkpoint{Step: 0, Weights: w.View()}
	for s := 1; s <= steps; s++ {
		nd.ScaleAssign(w, 0.99) // want "VC1002"
	}
	return nd.Sum(nd.Sub(w, cp.Weights))
}
