// A slice of a broadcast view is read-only too: the write panics.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	bias := ndarray.FromSlice([]int{1, 2, 3})
	tiled := bias.BroadcastTo(4, 3)
	firstTwo := tiled.Slice(ndarray.S(0, 2))
	firstTwo.Fill(0) // want "VC1005"
}
