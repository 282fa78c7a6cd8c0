// Quiet: a is rebound to a copy of itself before the write through the
// view, so a no longer shares memory with the view: the printed a is
// unchanged, as the author intends.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	a := nd.Arange[int](6)
	scratch := a.Slice(nd.S(0, 3))
	a = a.Copy()
	scratch.Fill(0)
	fmt.Println(a) // [0 1 2 3 4 5]
}
