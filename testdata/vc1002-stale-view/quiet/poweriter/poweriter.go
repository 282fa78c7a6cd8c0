// Package poweriter is power iteration with a normalised vector.
//
// Review: redteam2
package poweriter

import (
	"math"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func Dominant(a *nd.Array[float64], iters int) (float64, *nd.Array[float64]) {
	n := a.Shape()[0]
	v := nd.Full(1/math.Sqrt(float64(n)), n, 1)
	var lambda float64
	for i := 0; i < iters; i++ {
		w := nd.MatMul(a, v)
		norm := math.Sqrt(nd.Sum(nd.Mul(w, w)))
		nd.ScaleAssign(w, 1/norm)
		lambda = nd.Sum(nd.Mul(v, nd.MatMul(a, v)))
		v = w
	}
	return lambda, v.Reshape(n)
}
