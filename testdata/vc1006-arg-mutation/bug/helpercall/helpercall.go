// withBorder returns a new framed image and, through zeroBorder, clears the
// border of the caller's image as well.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// zeroBorder clears the outermost rows and columns of img in place.
func zeroBorder(img *nd.Array[uint8]) {
	img.Slice(nd.I(0)).Fill(0)
	img.Slice(nd.I(-1)).Fill(0)
	img.Slice(nd.All(), nd.I(0)).Fill(0)
	img.Slice(nd.All(), nd.I(-1)).Fill(0)
}

func withBorder(img *nd.Array[uint8]) *nd.Array[uint8] {
	zeroBorder(img) // want "VC1006"
	return nd.Add(img, nd.Zeros[uint8](img.Shape()...))
}

func main() {
	img := nd.Full[uint8](9, 4, 4)
	framed := withBorder(img)
	fmt.Println(framed)
	fmt.Println("original sum:", nd.Sum(img)) // 36, not 144
}
