// Quiet: letterboxing an image by filling bands through unnamed slices.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func letterbox(img *ndarray.Array[uint8], band int) *ndarray.Array[uint8] {
	img.Slice(ndarray.S(0, band)).Fill(0)
	img.Slice(ndarray.S(-band, ndarray.End)).Fill(0)
	return img
}

func main() {
	img := ndarray.Full[uint8](200, 6, 4)
	letterbox(img, 1)
	fmt.Println(img, ndarray.Sum(img.Slice(ndarray.I(0))))
}
