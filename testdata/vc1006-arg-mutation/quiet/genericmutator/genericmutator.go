// Package genericmutator clamps arrays of any ordered type.
//
// Review: redteam
package genericmutator

import nd "github.com/viewcheck/viewcheck/ndarray"

// Clamp limits every element of a to [lo, hi], in place.
func Clamp[T nd.Ordered](a *nd.Array[T], lo, hi T) {
	a.PutMask(nd.Less(a, nd.Full(lo, 1)), nd.Full(lo, 1))
	a.PutMask(nd.Greater(a, nd.Full(hi, 1)), nd.Full(hi, 1))
}

// ClampRows clamps each row of m to its own bound.
func ClampRows[T nd.Ordered](m *nd.Array[T], bounds []T) {
	for i, b := range bounds {
		row := m.Slice(nd.I(i))
		Clamp(row, -b, b)
	}
}
