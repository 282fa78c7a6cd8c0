// Bug (VC1002): backup keeps samples 0..3 as a snapshot, but the reset
// starts at sample 2, inside it. The "backup" then holds the zeros, and the
// restored head comes back half cleared. (A snapshot of a part the reset does
// not reach is correct: see ../../quiet/snapshotpart.)
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	a := ndarray.Arange[float64](6)
	backup := a.Slice(ndarray.S(0, 4))
	a.Slice(ndarray.S(2, ndarray.End)).Fill(0) // want "VC1002"
	fmt.Println("backup:", backup)             // [0 1 0 0], not [0 1 2 3]

	g := ndarray.Arange[float64](12).Reshape(3, 4)
	prevCol := g.Slice(ndarray.All(), ndarray.I(2))
	g.Slice(ndarray.All(), ndarray.Step(0, ndarray.End, 2)).Fill(0) // want "VC1002"
	fmt.Println("previous column 2:", prevCol)                      // [0 0 0]
}
