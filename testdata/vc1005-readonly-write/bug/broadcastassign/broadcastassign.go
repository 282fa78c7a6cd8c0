// Assign into an ExpandDims of a broadcast view: still read-only.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	zero := nd.Zeros[int](1)
	board := zero.BroadcastTo(3, 3).ExpandDims(0)
	board.Assign(nd.Arange[int](9).Reshape(1, 3, 3)) // want "VC1005"
	fmt.Println(board)
}
