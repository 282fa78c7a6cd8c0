// Quiet: filling a region through an unnamed slice (im[2:, :] = 0) says
// plainly that the image is meant to change.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	im := ndarray.Full[uint8](255, 4, 5)
	im.Slice(ndarray.S(2, ndarray.End), ndarray.All()).Fill(0)
	im.Slice(ndarray.All(), ndarray.I(-1)).Fill(128)
	fmt.Println(im)
}
