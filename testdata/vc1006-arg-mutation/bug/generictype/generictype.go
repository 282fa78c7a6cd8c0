// Package generictype contains a generic preprocessing pipeline.
//
// Review: redteam
package generictype

import nd "github.com/viewcheck/viewcheck/ndarray"

// Pipeline scales inputs and adds an offset.
type Pipeline[T nd.Number] struct {
	Gain   T
	Offset *nd.Array[T]
}

// Apply returns Gain*x + Offset as a new array.
func (p Pipeline[T]) Apply(x *nd.Array[T]) *nd.Array[T] {
	nd.ScaleAssign(x, p.Gain) // want "VC1006"
	return nd.Add(x, p.Offset)
}

// Use instantiates the pipeline.
func Use() *nd.Array[int16] {
	p := Pipeline[int16]{Gain: 3, Offset: nd.Full[int16](1, 1)}
	return p.Apply(nd.Arange[int16](8))
}
