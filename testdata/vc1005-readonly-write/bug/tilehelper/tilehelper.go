// tile returns a read-only broadcast view; adding noise to the tiled
// pattern panics.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// tile repeats v as the rows of an n-row matrix without copying.
func tile(v *ndarray.Array[float32], n int) *ndarray.Array[float32] {
	return v.BroadcastTo(n, v.Size())
}

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	pattern := ndarray.FromSlice([]float32{0, 1, 0})
	img := tile(pattern, 3)
	noise := ndarray.Full[float32](0.01, 3, 3)
	ndarray.AddAssign(img, noise) // want "VC1005"
	fmt.Println(img)
}
