// Panics and recover: a write through a view on a path that panics; the
// base is read in the recovering function afterwards.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func mustPositive(a *ndarray.Array[int]) {
	if ndarray.Min(a) < 0 {
		panic(fmt.Sprintf("negative values in %v", a))
	}
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	a := ndarray.Arange[int](4)
	part := a.Slice(ndarray.S(2, 4))
	part.Set(-5, 0) // want "VC1001"
	mustPositive(a)
	fmt.Println("unreachable for this input", a)
}
