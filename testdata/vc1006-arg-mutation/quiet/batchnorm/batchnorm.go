// Package batchnorm: a stateful layer whose Forward returns new memory and
// updates the layer's own running statistics (its receiver), not its input.
//
// Review: redteam2
package batchnorm

import nd "github.com/viewcheck/viewcheck/ndarray"

type BatchNorm struct {
	RunMean *nd.Array[float64]
	RunVar  *nd.Array[float64]
	Mom     float64
}

func (bn *BatchNorm) Forward(x *nd.Array[float64]) *nd.Array[float64] {
	n, d := x.Shape()[0], x.Shape()[1]
	mean := nd.Zeros[float64](d)
	for i := 0; i < n; i++ {
		nd.AddAssign(mean, x.Slice(nd.I(i)))
	}
	nd.ScaleAssign(mean, 1/float64(n))
	centered := nd.Sub(x, mean)
	sq := nd.Mul(centered, centered)
	variance := nd.Zeros[float64](d)
	for i := 0; i < n; i++ {
		nd.AddAssign(variance, sq.Slice(nd.I(i)))
	}
	nd.ScaleAssign(variance, 1/float64(n))

	nd.ScaleAssign(bn.RunMean, bn.Mom)
	m2 := mean.Copy()
	nd.ScaleAssign(m2, 1-bn.Mom)
	nd.AddAssign(bn.RunMean, m2)
	nd.ScaleAssign(bn.RunVar, bn.Mom)
	v2 := variance.Copy()
	nd.ScaleAssign(v2, 1-bn.Mom)
	nd.AddAssign(bn.RunVar, v2)

	return nd.Div(centered, nd.Add(variance, nd.Full(1e-5, d)))
}
