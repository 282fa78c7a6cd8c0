// Package loopoutside fits a line and an intercept-only baseline.
//
// Review: redteam
package loopoutside

import nd "github.com/viewcheck/viewcheck/ndarray"

// Baseline fills the slope column of a design matrix and returns the
// predictions of the intercept-only model, which uses the design as it was
// built: all ones.
func Baseline(xs []float64, coef *nd.Array[float64]) *nd.Array[float64] {
	n := len(xs)
	design := nd.Full(1.0, n, 3)
	slope := design.Slice(nd.All(), nd.I(1))
	for i, x := range xs {
		slope.Set(x, i) // want "VC1001"
	}
	return nd.MatMul(design, coef)
}
