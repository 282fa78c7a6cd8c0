// Package cachecopy keeps per-camera thumbnails as copies.
//
// Review: redteam
package cachecopy

import nd "github.com/viewcheck/viewcheck/ndarray"

func grab(cam int, into *nd.Array[uint8]) { into.Fill(uint8(cam)) }

// Thumbs grabs each camera into one buffer and keeps a thumbnail of each.
func Thumbs(cams int) map[int]*nd.Array[uint8] {
	frame := nd.Zeros[uint8](48, 64)
	out := map[int]*nd.Array[uint8]{}
	for c := 0; c < cams; c++ {
		grab(c, frame)
		out[c] = frame.Slice(nd.Step(0, nd.End, 4), nd.Step(0, nd.End, 4)).Copy()
	}
	return out
}
