// //lint:ignore on the line before a reported line suppresses that check
// there, and only there.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	arr := ndarray.Arange[int](6)
	head := arr.Slice(ndarray.S(0, 2))
	//lint:ignore VC1001 the demo shows on purpose that arr changes
	head.Set(100, 0)
	fmt.Println(arr)

	tail := arr.Slice(ndarray.S(4, 6))
	tail.Set(-1, 0) // want "VC1001"
	fmt.Println(arr)
}
