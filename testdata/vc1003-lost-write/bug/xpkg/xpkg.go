// Package xpkg clips selected sensor columns.
//
// Review: redteam
package xpkg

import (
	nd "github.com/viewcheck/viewcheck/ndarray"
	"viewcheck.test/vc1003-lost-write/bug/xpkg/clip"
)

// ClipColumns clips the listed columns of readings to hi and returns the
// largest reading.
func ClipColumns(readings *nd.Array[float64], cols []int, hi float64) float64 {
	clip.Upper(readings.Take(cols, 1), hi) // want "VC1003"
	return nd.Max(readings)
}
