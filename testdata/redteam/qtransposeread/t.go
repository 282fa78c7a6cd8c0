// Package qtransposeread computes Gram matrices.
package qtransposeread

import nd "github.com/viewcheck/viewcheck/ndarray"

// Gram returns A^T A.
func Gram(A *nd.Array[float64]) *nd.Array[float64] {
	At := A.Transpose()
	return nd.MatMul(At, A)
}
