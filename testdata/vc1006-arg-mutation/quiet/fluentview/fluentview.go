// Quiet: the function writes its parameter and returns a view of it (the
// interior), not a new array.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// PadZero clears the border of m in place and returns its interior.
func PadZero(m *ndarray.Array[float32]) *ndarray.Array[float32] {
	m.Slice(ndarray.I(0)).Fill(0)
	m.Slice(ndarray.I(-1)).Fill(0)
	return m.Slice(ndarray.S(1, -1))
}

func main() {
	m := ndarray.Full[float32](1, 4, 2)
	inner := PadZero(m)
	fmt.Println(inner, m)
}
