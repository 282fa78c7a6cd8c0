// Quiet: Reshape of a fresh result (Add returns new C-ordered memory) is a
// definite view of a temporary; nothing else sees the write.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func stacked(x, y *ndarray.Array[float64]) *ndarray.Array[float64] {
	s := ndarray.Add(x, y).Reshape(-1)
	s.Set(0, 0)
	return s
}

func main() {
	x := ndarray.Full(1.0, 2, 2)
	fmt.Println(stacked(x, x.Transpose()), x)
}
