// Package classweights rebalances training samples by class.
//
// Review: redteam
package classweights

import nd "github.com/viewcheck/viewcheck/ndarray"

// Reweight scales the weights of each class's samples by the class factor
// and returns the total weight.
func Reweight(weights *nd.Array[float64], labels *nd.Array[int], factors []float64) float64 {
	for c, f := range factors {
		inClass := nd.Equal(labels, nd.Full(c, 1))
		w := weights.Mask(inClass)
		nd.ScaleAssign(w, f) // want "VC1003"
	}
	return nd.Sum(weights)
}
