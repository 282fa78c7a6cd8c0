// Quiet: a broadcast view as the source of an Assign, the destination a
// writable array.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	img := ndarray.Zeros[uint8](2, 3, 3)
	gray := ndarray.FromSlice([]uint8{10, 20, 30})
	img.Assign(gray.BroadcastTo(2, 3, 3))
	ndarray.AddAssign(img, gray.BroadcastTo(3, 3))
	fmt.Println(img)
}
