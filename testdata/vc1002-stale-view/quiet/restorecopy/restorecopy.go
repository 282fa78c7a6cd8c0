// Package restorecopy tries settings and rolls back.
//
// Review: redteam
package restorecopy

import nd "github.com/viewcheck/viewcheck/ndarray"

// Try applies delta to gains and keeps it only when score improves.
func Try(gains, delta *nd.Array[float64], score func(*nd.Array[float64]) float64) bool {
	backup := gains.Copy()
	before := score(gains)
	nd.AddAssign(gains, delta)
	if score(gains) < before {
		gains.Assign(backup)
		return false
	}
	return true
}
