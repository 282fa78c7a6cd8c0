// Package errorreturn normalises vectors in place.
//
// Review: redteam
package errorreturn

import (
	"errors"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// Normalize scales v in place to unit sum; it fails on a zero vector.
func Normalize(v *nd.Array[float64]) error {
	s := nd.Sum(v)
	if s == 0 {
		return errors.New("qerrorreturn: zero vector")
	}
	nd.ScaleAssign(v, 1/s)
	return nil
}
