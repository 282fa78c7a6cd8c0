// Package standardfeatures standardises features without touching the input.
//
// Review: redteam
package standardfeatures

import nd "github.com/viewcheck/viewcheck/ndarray"

// Standardize returns (X - mean) / scale as a new array; X is unchanged.
func Standardize(X, mean, scale *nd.Array[float64]) *nd.Array[float64] {
	Xs := X.Copy()
	nd.SubAssign(Xs, mean)
	nd.DivAssign(Xs, scale)
	return Xs
}
