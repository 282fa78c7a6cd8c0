// Package depthorigin marks the origin pixel of a depth map.
//
// Review: redteam
package depthorigin

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// MarkOrigin sets the first depth sample to a sentinel and prints the map.
func MarkOrigin(h, w int) {
	depth := nd.Full[float32](1.5, h, w)
	samples := depth.Flatten()
	samples.Set(-1, 0) // want "VC1003"
	fmt.Println(depth)
}
