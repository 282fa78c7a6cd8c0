// Package clonehelper keeps a pristine copy through a helper.
//
// Review: redteam
package clonehelper

import nd "github.com/viewcheck/viewcheck/ndarray"

func clone[T nd.Elem](a *nd.Array[T]) *nd.Array[T] { return a.Copy() }

// Improvement applies a step to params and returns how much it changed
// them.
func Improvement(params, step *nd.Array[float64]) float64 {
	original := clone(params)
	nd.AddAssign(params, step)
	return nd.Sum(nd.Sub(params, original))
}
