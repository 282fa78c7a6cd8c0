// Quiet: zeroBorder returns nothing and exists to modify its argument; it
// names views of the parameter, writes through them and never reads the
// parameter again.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func zeroBorder(img *ndarray.Array[float64]) {
	top := img.Slice(ndarray.I(0))
	top.Fill(0)
	bottom := img.Slice(ndarray.I(-1))
	bottom.Fill(0)
	left := img.Slice(ndarray.All(), ndarray.I(0))
	left.Fill(0)
	right := img.Slice(ndarray.All(), ndarray.I(-1))
	right.Fill(0)
}

func main() {
	img := ndarray.Full(1.0, 4, 4)
	zeroBorder(img)
	fmt.Println(img, ndarray.Sum(img))
}
