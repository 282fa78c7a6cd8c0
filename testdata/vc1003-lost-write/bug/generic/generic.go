// Package generic resets selected entries of any array.
//
// Review: redteam
package generic

import nd "github.com/viewcheck/viewcheck/ndarray"

// ResetAndCount resets the entries at idx to zero and counts the non-zero
// entries of a.
func ResetAndCount[T nd.Number](a *nd.Array[T], idx []int) int {
	var zero T
	picked := a.Take(idx, 0)
	picked.Fill(zero) // want "VC1003"
	nz := nd.NotEqual(a, nd.Full(zero, 1))
	return nz.Mask(nz).Size()
}
