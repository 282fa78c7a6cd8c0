// Go slices of arrays: fresh arrays in a slice are independent (quiet);
// row views stored into a slice are stale after the matrix is refilled.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	// Quiet: each element owns its memory.
	bufs := make([]*ndarray.Array[int], 3)
	for i := range bufs {
		bufs[i] = ndarray.Full(i, 2)
	}
	bufs[0].Set(9, 0)
	fmt.Println(bufs[0], bufs[1])

	m := ndarray.Arange[int](6).Reshape(3, 2)
	rows := make([]*ndarray.Array[int], 3)
	for i := range rows {
		rows[i] = m.Slice(ndarray.I(i))
	}
	m.Fill(-1)                                 // want "VC1002"
	fmt.Println("row 0 as recorded:", rows[0]) // [-1 -1]
}
