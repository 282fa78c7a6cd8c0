// Package momentum implements SGD with momentum.
//
// Review: redteam
package momentum

import nd "github.com/viewcheck/viewcheck/ndarray"

// Optimizer keeps one velocity per parameter.
type Optimizer struct {
	LR, Beta float64
	vel      map[string]*nd.Array[float64]
}

// Step updates params in place from grads.
func (o *Optimizer) Step(params, grads map[string]*nd.Array[float64]) {
	if o.vel == nil {
		o.vel = map[string]*nd.Array[float64]{}
	}
	for name, p := range params {
		v, ok := o.vel[name]
		if !ok {
			v = nd.Zeros[float64](p.Shape()...)
			o.vel[name] = v
		}
		nd.ScaleAssign(v, o.Beta)
		nd.AddAssign(v, grads[name])
		step := v.Copy()
		nd.ScaleAssign(step, o.LR)
		nd.SubAssign(p, step)
	}
}
