// An array embedded in a struct: promoted methods. A named view of the
// embedded array written and the wrapper read afterwards is reported; the
// promoted in-place methods on the wrapper itself are quiet.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

type Image struct {
	*nd.Array[float32]
	Name string
}

func (im Image) Brightness() float32 { return nd.Sum(im.Array) / float32(im.Size()) }

func main() {
	pix := nd.Full[float32](0.5, 2, 2)
	im := Image{Array: pix, Name: "gray"}
	im.Fill(0.25)
	im.Set(1, 0, 0)
	fmt.Println(im.Name, im.Brightness())

	top := pix.Slice(nd.I(0))
	top.Fill(0) // want "VC1001"
	fmt.Println(pix)
}
