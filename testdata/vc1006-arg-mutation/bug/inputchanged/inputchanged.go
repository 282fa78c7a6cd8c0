// Package inputchanged: functions that return new arrays but change their input.
//
// Review: redteam2
package inputchanged

import nd "github.com/viewcheck/viewcheck/ndarray"

func Center(x *nd.Array[float64]) *nd.Array[float64] {
	m := nd.Mean(x)
	nd.SubAssign(x, nd.Full(m, x.Shape()...)) // want "VC1006"
	return x.Copy()
}

func WithIntercept(x, w *nd.Array[float64]) *nd.Array[float64] {
	first := x.Slice(nd.All(), nd.I(0))
	first.Fill(1) // want "VC1006"
	return nd.MatMul(x, w)
}

func Rates[T ~float64](r *nd.Array[T]) *nd.Array[T] {
	zero := nd.Zeros[T](r.Shape()...)
	one := nd.Full(T(1), r.Shape()...)
	r.PutMask(nd.Equal(r, zero), one) // want "VC1006"
	return nd.Div(one, r)
}
