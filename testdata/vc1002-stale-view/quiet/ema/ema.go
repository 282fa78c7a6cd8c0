// Package ema keeps exponential moving averages of a stream of arrays.
//
// Review: redteam2
package ema

import nd "github.com/viewcheck/viewcheck/ndarray"

type Tracker struct {
	avg   *nd.Array[float64]
	decay float64
	n     int
}

func (t *Tracker) Update(x *nd.Array[float64]) {
	if t.avg == nil {
		t.avg = x.Copy()
		t.n = 1
		return
	}
	nd.ScaleAssign(t.avg, t.decay)
	inc := x.Copy()
	nd.ScaleAssign(inc, 1-t.decay)
	nd.AddAssign(t.avg, inc)
	t.n++
}

func (t *Tracker) Value() *nd.Array[float64] { return t.avg.Copy() }

func Smooth(xs []*nd.Array[float64]) []*nd.Array[float64] {
	tr := &Tracker{decay: 0.9}
	var out []*nd.Array[float64]
	for _, x := range xs {
		tr.Update(x)
		out = append(out, tr.Value())
	}
	return out
}
