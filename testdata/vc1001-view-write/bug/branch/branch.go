// Package branch prepares audio buffers.
//
// Review: redteam
package branch

import nd "github.com/viewcheck/viewcheck/ndarray"

// Loudness mutes the click at the start of the buffer when asked, then
// reports the loudness of the buffer.
func Loudness(buf *nd.Array[float32], declick bool) float64 {
	click := buf.Slice(nd.S(0, 32))
	if declick {
		click.Fill(0) // want "VC1001"
	}
	peak := nd.Max(buf)
	return float64(peak) * 0.5
}
