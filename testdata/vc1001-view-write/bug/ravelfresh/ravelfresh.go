// Ravel of a fresh C-ordered array is a view: zeroing the first element of
// the flattened pixels zeroes the image's top-left pixel.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	img := ndarray.Full[uint8](200, 2, 3)
	pixels := img.Ravel()
	pixels.Set(0, 0) // want "VC1001"
	fmt.Println("first pixel:", img.At(0, 0))
}
