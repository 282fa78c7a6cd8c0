// A method expression called with a view as its receiver argument writes
// through the view.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

type F64 = ndarray.Array[float64]

func main() {
	m := ndarray.Full(1.0, 2, 2)
	t := m.Transpose()
	(*F64).Set(t, 7, 0, 1)  // want "VC1001"
	fmt.Println(m.At(1, 0)) // 7

	fill := (*F64).Fill
	fresh := ndarray.Zeros[float64](2)
	fill(fresh, 3)
	fmt.Println(fresh)
}
