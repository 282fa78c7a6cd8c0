// Package gram computes Gram matrices.
//
// Review: redteam
package gram

import nd "github.com/viewcheck/viewcheck/ndarray"

// Gram returns A^T A.
func Gram(A *nd.Array[float64]) *nd.Array[float64] {
	At := A.Transpose()
	return nd.MatMul(At, A)
}
