// Quiet: a broadcast pattern copied into a writable tile, then edited.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	pattern := nd.FromSlice([]int8{0, 1, 0})
	tile := pattern.BroadcastTo(3, 3).Copy()
	tile.Set(1, 1, 0)
	tile.Set(1, 1, 2)
	fmt.Println(tile, pattern)
}
