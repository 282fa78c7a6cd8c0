// Package layers applies weight decay to a network.
//
// Review: redteam
package layers

import nd "github.com/viewcheck/viewcheck/ndarray"

// Net is a stack of weight matrices.
type Net struct {
	Layers []*nd.Array[float32]
	Bias   map[string]*nd.Array[float32]
}

// Decay shrinks every weight and bias by rate and returns the total weight.
func (n *Net) Decay(rate float32) float32 {
	for _, w := range n.Layers {
		nd.ScaleAssign(w, 1-rate)
	}
	for _, b := range n.Bias {
		nd.ScaleAssign(b, 1-rate)
	}
	var total float32
	for _, w := range n.Layers {
		total += nd.Sum(w)
	}
	return total
}
