// Quiet: a view of a scratch buffer is written and read; the buffer
// itself is never read after the write.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func dot(a, b *ndarray.Array[float64], scratch *ndarray.Array[float64]) float64 {
	tmp := scratch.Slice(ndarray.S(0, a.Size()))
	tmp.Assign(ndarray.Mul(a, b))
	return ndarray.Sum(tmp)
}

func main() {
	scratch := ndarray.Zeros[float64](16)
	a := ndarray.FromSlice([]float64{1, 2, 3})
	b := ndarray.FromSlice([]float64{4, 5, 6})
	fmt.Println(dot(a, b, scratch))
}
