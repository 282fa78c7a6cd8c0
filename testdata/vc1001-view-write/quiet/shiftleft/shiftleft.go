// Package shiftleft shifts delay lines.
//
// Review: redteam
package shiftleft

import nd "github.com/viewcheck/viewcheck/ndarray"

// Push shifts the delay line left by one, appends x and returns the line's
// output (its mean).
func Push(line *nd.Array[float64], x float64) float64 {
	n := line.Size()
	line.Slice(nd.S(0, n-1)).Assign(line.Slice(nd.S(1, n)))
	line.Set(x, n-1)
	return nd.Mean(line)
}
