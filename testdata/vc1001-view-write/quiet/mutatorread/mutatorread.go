// Package mutatorread edits audio in place and reports on it.
//
// Review: redteam
package mutatorread

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// fadeIn ramps the first n samples of a up from zero, in place.
func fadeIn(a *nd.Array[float64], n int) {
	ramp := nd.Arange[float64](n)
	nd.ScaleAssign(ramp, 1/float64(n))
	nd.MulAssign(a.Slice(nd.S(0, n)), ramp)
}

// Master fades the track in and reports its level.
func Master(track *nd.Array[float64]) {
	fadeIn(track, 441)
	fmt.Printf("level after fade: %.3f\n", nd.Mean(track))
}
