// Package kalman runs a constant-velocity Kalman predictor.
//
// Review: redteam
package kalman

import nd "github.com/viewcheck/viewcheck/ndarray"

// Filter tracks a 1-D position from noisy measurements and returns the
// estimated positions.
func Filter(meas []float64, dt, gain float64) []float64 {
	F := nd.FromSlice([]float64{1, dt, 0, 1}, 2, 2)
	x := nd.Zeros[float64](2, 1)
	out := make([]float64, 0, len(meas))
	for _, z := range meas {
		pred := nd.MatMul(F, x)
		innov := z - pred.At(0, 0)
		x.Assign(pred)
		x.Set(x.At(0, 0)+gain*innov, 0, 0)
		x.Set(x.At(1, 0)+gain*innov/dt, 1, 0)
		out = append(out, x.At(0, 0))
	}
	return out
}
