// After "y = split x", writing x changed y (robpike/ivy#183): the parts are
// views of x kept in a slice, so clearing x clears them.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	x := ndarray.Arange[int](6).Reshape(2, 3)
	var parts []*ndarray.Array[int]
	for i := 0; i < x.Shape()[0]; i++ {
		parts = append(parts, x.Slice(ndarray.I(i)))
	}
	x.Fill(0) // want `a view of "x" \(made by Slice\).*VC1002`
	for _, p := range parts {
		fmt.Println(p) // [0 0 0] twice
	}
}
