// Quiet: package-level arrays and views of them, read from several
// functions; package initialisation builds them.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

var (
	lut     = nd.Arange[uint8](16)
	lowHalf = lut.Slice(nd.S(0, 8))
	kernel  = func() *nd.Array[float64] {
		k := nd.Full(1.0, 3)
		k.Set(2, 1)
		return k
	}()
)

func lookup(i int) uint8 { return lut.At(i % lut.Size()) }

func main() {
	fmt.Println(lookup(20), nd.Sum(lowHalf), nd.Sum(kernel))
}
