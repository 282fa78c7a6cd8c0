// Package cache keeps per-camera thumbnails.
//
// Review: redteam
package cache

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// grab stands in for a driver call that fills a frame from a camera.
func grab(cam string, into *nd.Array[uint8]) {
	v := uint8(len(cam))
	for r := 0; r < into.Shape()[0]; r++ {
		into.Slice(nd.I(r)).Fill(v + uint8(r))
	}
}

// Capture grabs two frames into one buffer and prints the thumbnail of the
// first camera.
func Capture() {
	frame := nd.Zeros[uint8](48, 64)
	thumbs := map[string]*nd.Array[uint8]{}
	grab("left", frame)
	thumbs["left"] = frame.Slice(nd.Step(0, nd.End, 4), nd.Step(0, nd.End, 4))
	grab("right", frame) // want "VC1002"
	fmt.Println("left thumbnail:", thumbs["left"])
}
