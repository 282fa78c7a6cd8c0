// A Copy taken after the write is a read of the changed base: the
// "pristine" copy already holds the edit.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	sig := ndarray.FromSlice([]float32{1, 2, 3, 4})
	head := sig.Slice(ndarray.S(0, 2))
	ndarray.ScaleAssign(head, -1) // want "VC1001"
	pristine := sig.Copy()
	fmt.Println("pristine:", pristine) // [-1 -2 3 4]
}
