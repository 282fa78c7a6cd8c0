// savedCol keeps the first column before a rotation is applied in place,
// to measure how far it moved; it is a view, so it has moved too.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	pts := ndarray.FromSlice([]float64{1, 0, 0, 1, 1, 1}, 2, 3) // columns are points
	rot := ndarray.FromSlice([]float64{0, -1, 1, 0}, 2, 2)
	savedCol := pts.Slice(ndarray.All(), ndarray.I(0))
	pts.Assign(ndarray.MatMul(rot, pts)) // want "VC1002"
	moved := ndarray.Sub(pts.Slice(ndarray.All(), ndarray.I(0)), savedCol)
	fmt.Println("displacement of point 0:", moved) // [0 0]
}
