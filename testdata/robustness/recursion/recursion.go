// Recursion: innermost returns a view of its parameter by recursing on
// views; its summary must reach a fixed point. A write through its result
// reaches the caller's array.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// innermost strips the outermost ring of m until it is at most 2x2.
func innermost(m *ndarray.Array[int]) *ndarray.Array[int] {
	if m.Shape()[0] <= 2 || m.Shape()[1] <= 2 {
		return m
	}
	return innermost(m.Slice(ndarray.S(1, -1), ndarray.S(1, -1)))
}

// depth counts the rings; it only reads.
func depth(m *ndarray.Array[int]) int {
	if m.Size() <= 4 {
		return 0
	}
	return 1 + depth(m.Slice(ndarray.S(1, -1), ndarray.S(1, -1)))
}

func main() {
	m := ndarray.Zeros[int](6, 6)
	core := innermost(m)
	core.Fill(1) // want "VC1001"
	fmt.Println(m, depth(m))
}
