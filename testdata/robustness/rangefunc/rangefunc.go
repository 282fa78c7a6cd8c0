// Range-over-func loops: the loop body is a closure in SSA. Per-iteration
// windows written in the body stay quiet; a view made before the loop and
// written in the body, with the base read after the loop, is reported.
package main

import (
	"fmt"
	"iter"

	"github.com/viewcheck/viewcheck/ndarray"
)

// rows yields the row indices of m.
func rows(m *ndarray.Array[float64]) iter.Seq[int] {
	return func(yield func(int) bool) {
		for r := 0; r < m.Shape()[0]; r++ {
			if !yield(r) {
				return
			}
		}
	}
}

func main() {
	m := ndarray.Arange[float64](6).Reshape(3, 2)
	for r := range rows(m) {
		row := m.Slice(ndarray.I(r))
		ndarray.ScaleAssign(row, 2)
	}
	fmt.Println(m)

	acc := m.Slice(ndarray.I(0))
	for r := range rows(m) {
		if r > 0 {
			ndarray.AddAssign(acc, m.Slice(ndarray.I(r))) // want "VC1001"
		}
	}
	fmt.Println("column sums in row 0:", acc, "but m changed:", m)
}
