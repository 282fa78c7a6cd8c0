// Quiet: the function names views of its parameter (a transpose, a row,
// a reshape) and only reads them.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func gram(a *ndarray.Array[float64]) *ndarray.Array[float64] {
	at := a.Transpose()
	first := a.Slice(ndarray.I(0))
	flat := a.Reshape(-1)
	fmt.Println("first row:", first, "max:", ndarray.Max(flat))
	return ndarray.MatMul(at, a)
}

func main() {
	a := ndarray.FromSlice([]float64{1, 2, 3, 4}, 2, 2)
	fmt.Println(gram(a), a)
}
