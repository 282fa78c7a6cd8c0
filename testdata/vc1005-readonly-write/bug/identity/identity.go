// Package identity regularises covariance matrices.
//
// Review: redteam
package identity

import nd "github.com/viewcheck/viewcheck/ndarray"

// Ridge adds lambda to the diagonal of a copy of cov.
func Ridge(cov *nd.Array[float64], lambda float64) *nd.Array[float64] {
	out := cov.Copy()
	nd.AddAssign(out.Diagonal(), nd.Full(lambda, 1)) // want "VC1005"
	return out
}

// Identity returns an n x n identity matrix.
func Identity(n int) *nd.Array[float64] {
	eye := nd.Zeros[float64](n, n)
	eye.Diagonal().Fill(1) // want "VC1005"
	return eye
}
