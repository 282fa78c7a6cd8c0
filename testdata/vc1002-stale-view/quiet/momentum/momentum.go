// Package momentum is SGD with momentum; velocities live in a map and are
// updated in place.
//
// Review: redteam2
package momentum

import nd "github.com/viewcheck/viewcheck/ndarray"

type Optimizer struct {
	LR, Beta float64
	vel      map[string]*nd.Array[float64]
}

func New(lr, beta float64) *Optimizer {
	return &Optimizer{LR: lr, Beta: beta, vel: map[string]*nd.Array[float64]{}}
}

// Apply updates params in place from grads.
func (o *Optimizer) Apply(params, grads map[string]*nd.Array[float64]) {
	for name, p := range params {
		g := grads[name]
		v, ok := o.vel[name]
		if !ok {
			v = nd.Zeros[float64](p.Shape()...)
			o.vel[name] = v
		}
		nd.ScaleAssign(v, o.Beta)
		nd.AddAssign(v, g)
		step := v.Copy()
		nd.ScaleAssign(step, o.LR)
		nd.SubAssign(p, step)
	}
}

type Adam struct {
	m, v []*nd.Array[float64]
	t    int
}

func (a *Adam) Step(params, grads []*nd.Array[float64], lr float64) {
	if a.m == nil {
		for _, p := range params {
			a.m = append(a.m, nd.Zeros[float64](p.Shape()...))
			a.v = append(a.v, nd.Zeros[float64](p.Shape()...))
		}
	}
	a.t++
	for i, p := range params {
		g := grads[i]
		m, v := a.m[i], a.v[i]
		nd.ScaleAssign(m, 0.9)
		gm := g.Copy()
		nd.ScaleAssign(gm, 0.1)
		nd.AddAssign(m, gm)
		nd.ScaleAssign(v, 0.999)
		g2 := nd.Mul(g, g)
		nd.ScaleAssign(g2, 0.001)
		nd.AddAssign(v, g2)
		upd := nd.Div(m, nd.Add(v, nd.Full(1e-8, v.Shape()...)))
		nd.ScaleAssign(upd, lr)
		nd.SubAssign(p, upd)
	}
}
