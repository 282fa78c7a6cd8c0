// Quiet: arrays passed through variadic parameters and returned in slices.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func totals(arrs ...*ndarray.Array[int]) []int {
	out := make([]int, 0, len(arrs))
	for _, a := range arrs {
		out = append(out, ndarray.Sum(a))
	}
	return out
}

func fresh(n int, shapes ...int) []*ndarray.Array[int] {
	var out []*ndarray.Array[int]
	for range n {
		out = append(out, ndarray.Zeros[int](shapes...))
	}
	return out
}

func main() {
	m := ndarray.Arange[int](6).Reshape(2, 3)
	fmt.Println(totals(m, m.Slice(ndarray.I(0)), m.Transpose()))
	fs := fresh(2, 2, 2)
	fs[0].Fill(1)
	fmt.Println(totals(fs...))
}
