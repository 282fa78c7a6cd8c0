// Quiet: ReLU through PutMask on the array itself; no view and no copy is
// written.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	act := ndarray.FromSlice([]float32{-0.5, 1.5, -2, 3})
	neg := ndarray.Less(act, ndarray.Zeros[float32](1))
	act.PutMask(neg, ndarray.Zeros[float32](act.Mask(neg).Size()))
	fmt.Println(act)
}
