// A method value bound to a view writes through the view when called.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	board := ndarray.Zeros[int8](3, 3)
	middle := board.Slice(ndarray.I(1))
	fill := middle.Fill
	fill(1) // want "VC1001"
	fmt.Println(board)

	// Quiet: a method value of a fresh array.
	scratch := ndarray.Zeros[int8](3)
	set := scratch.Set
	set(5, 0)
	fmt.Println(scratch, board.At(0, 0))
}
