// Package initial integrates an oscillator chain and checks energy drift.
//
// Review: redteam
package initial

import nd "github.com/viewcheck/viewcheck/ndarray"

func energy(x, v *nd.Array[float64]) float64 {
	return 0.5 * (nd.Sum(nd.Mul(x, x)) + nd.Sum(nd.Mul(v, v)))
}

// Drift integrates with symplectic Euler and returns the relative energy drift.
func Drift(n, steps int, dt float64) float64 {
	x := nd.Arange[float64](n)
	v := nd.Zeros[float64](n)
	initialX := x.Slice(nd.All())
	e0 := energy(x, v)
	for s := 0; s < steps; s++ {
		kick := x.Copy()
		nd.ScaleAssign(kick, -dt)
		nd.AddAssign(v, kick)
		drift := v.Copy()
		nd.ScaleAssign(drift, dt)
		nd.AddAssign(x, drift) // want "VC1002"
	}
	moved := nd.Sum(nd.Sub(x, initialX))
	return (energy(x, v)-e0)/e0 + 0*moved
}
