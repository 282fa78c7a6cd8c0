// Bug (VC1000): A directive without a reason is reported itself (VC1000). It is
// malformed, so, as in staticcheck, it suppresses nothing: the write it
// precedes is still reported.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	arr := ndarray.Arange[int](6)
	head := arr.Slice(ndarray.S(0, 2))
	// want +1 "needs a reason.*\\(VC1000\\)"
	//lint:ignore VC1001
	head.Set(100, 0) // want "VC1001"
	fmt.Println(arr)
}
