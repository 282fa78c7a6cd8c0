// A block of a matrix used as scratch space (gonum/matrix#73: a View was
// Reset and reused, overwriting the parent). The product lands in the top
// left corner of m, so the trace printed afterwards is not m's original
// trace.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	m := ndarray.Arange[float64](16).Reshape(4, 4)
	a := ndarray.FromSlice([]float64{1, 2, 3, 4}, 2, 2)
	b := ndarray.FromSlice([]float64{2, 0, 0, 2}, 2, 2)

	work := m.Slice(ndarray.S(0, 2), ndarray.S(0, 2))
	work.Assign(ndarray.MatMul(a, b)) // want "VC1001"
	fmt.Println("a*b =", work)

	trace := 0.0
	for i := 0; i < 4; i++ {
		trace += m.At(i, i)
	}
	fmt.Println("trace of m:", trace) // 35 instead of 30
}
