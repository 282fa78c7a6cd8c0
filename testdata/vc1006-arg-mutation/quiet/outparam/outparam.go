// Package outparam: functions that write into an explicit destination and
// return a scalar or the destination itself.
//
// Review: redteam2
package outparam

import nd "github.com/viewcheck/viewcheck/ndarray"

// MatVecInto writes a*x into dst and returns dst.
func MatVecInto(dst, a, x *nd.Array[float64]) *nd.Array[float64] {
	for i := 0; i < a.Shape()[0]; i++ {
		dst.Set(nd.Sum(nd.Mul(a.Slice(nd.I(i)), x)), i)
	}
	return dst
}

// Residual writes b - a*x into r and returns its squared norm.
func Residual(r, a, x, b *nd.Array[float64]) float64 {
	MatVecInto(r, a, x)
	nd.ScaleAssign(r, -1)
	nd.AddAssign(r, b)
	return nd.Sum(nd.Mul(r, r))
}

func Iterate(a, b *nd.Array[float64], steps int) *nd.Array[float64] {
	n := b.Size()
	x := nd.Zeros[float64](n)
	r := nd.Zeros[float64](n)
	for s := 0; s < steps; s++ {
		if Residual(r, a, x, b) < 1e-12 {
			break
		}
		step := r.Copy()
		nd.ScaleAssign(step, 0.1)
		nd.AddAssign(x, step)
	}
	return x
}
