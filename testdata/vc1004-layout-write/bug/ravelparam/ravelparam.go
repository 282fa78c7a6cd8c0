// clampFirst clamps the first element through Ravel and prints the
// argument: whether the clamp shows depends on the caller's layout.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func clampFirst(x *nd.Array[int]) {
	r := x.Ravel()
	if r.At(0) > 10 {
		r.Set(10, 0) // want "VC1004"
	}
	fmt.Println("clamped:", x)
}

func main() {
	m := nd.Arange[int](20).Reshape(4, 5)
	nd.AddAssign(m, nd.Full(11, 1))
	clampFirst(m)                             // prints 10 first
	clampFirst(m.Transpose())                 // prints 10 first only because m was changed
	clampFirst(nd.Full(50, 2, 2).Transpose()) // prints 50 first: the clamp was lost
}
