// Package sgdmodel is a linear model trained by SGD; parameters live in struct
// fields and are updated in place.
//
// Review: redteam2
package sgdmodel

import nd "github.com/viewcheck/viewcheck/ndarray"

type Linear struct {
	W *nd.Array[float64] // (in, out)
	B *nd.Array[float64] // (out)
}

func NewLinear(in, out int) *Linear {
	return &Linear{W: nd.Full(0.01, in, out), B: nd.Zeros[float64](out)}
}

func (l *Linear) Forward(x *nd.Array[float64]) *nd.Array[float64] {
	return nd.Add(nd.MatMul(x, l.W), l.B)
}

// Step applies one gradient step in place.
func (l *Linear) Step(gW, gB *nd.Array[float64], lr float64) {
	dW := gW.Copy()
	nd.ScaleAssign(dW, lr)
	nd.SubAssign(l.W, dW)
	dB := gB.Copy()
	nd.ScaleAssign(dB, lr)
	nd.SubAssign(l.B, dB)
}

// Train fits y ~ x by mean squared error.
func Train(x, y *nd.Array[float64], epochs int, lr float64) *Linear {
	n := x.Shape()[0]
	m := NewLinear(x.Shape()[1], y.Shape()[1])
	for e := 0; e < epochs; e++ {
		pred := m.Forward(x)
		resid := nd.Sub(pred, y)
		gW := nd.MatMul(x.Transpose(), resid)
		nd.ScaleAssign(gW, 2/float64(n))
		gB := nd.Zeros[float64](y.Shape()[1])
		for i := 0; i < n; i++ {
			nd.AddAssign(gB, resid.Slice(nd.I(i)))
		}
		nd.ScaleAssign(gB, 2/float64(n))
		m.Step(gW, gB, lr)
	}
	return m
}
