// Package phi selects a channel to suppress.
//
// Review: redteam
package phi

import nd "github.com/viewcheck/viewcheck/ndarray"

// Suppress mutes the left or right channel of a stereo block and returns
// the loudness of the block as recorded.
func Suppress(stereo *nd.Array[float32], left bool) float32 {
	var ch *nd.Array[float32]
	if left {
		ch = stereo.Slice(nd.All(), nd.I(0))
	} else {
		ch = stereo.Slice(nd.All(), nd.I(1))
	}
	ch.Fill(0) // want "VC1001"
	return nd.Max(stereo)
}
