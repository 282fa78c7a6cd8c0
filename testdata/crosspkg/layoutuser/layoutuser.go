// views.Flat is a view or a copy depending on the layout of its argument;
// markCorner's write reaches its parameter only when it is contiguous.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"

	"viewcheck.test/crosspkg/views"
)

func markCorner(m *ndarray.Array[float64]) float64 {
	f := views.Flat(m)
	f.Set(-1, 0) // want "VC1004"
	return m.At(0, 0)
}

func main() {
	fmt.Println(markCorner(ndarray.Zeros[float64](2, 3)))             // -1
	fmt.Println(markCorner(ndarray.Zeros[float64](3, 2).Transpose())) // 0
}
