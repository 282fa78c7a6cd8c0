// views.Tile returns a read-only broadcast view; writing into it panics.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"

	"viewcheck.test/crosspkg/views"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	kernel := ndarray.FromSlice([]float64{1, 2, 1})
	stencil := views.Tile(kernel, 3)
	stencil.Set(4, 1, 1) // want "VC1005"
	fmt.Println(stencil)
}
