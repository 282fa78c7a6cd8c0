// Transposing a 2-D array twice gives back its C-ordered layout, so Ravel
// of the result is a view and the write reaches the matrix: this is not a
// lost write. Prints [[5 1 2] [3 4 5]].
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	a := ndarray.Arange[int](6).Reshape(2, 3)
	t := a.Transpose().Transpose()
	flat := t.Ravel()
	flat.Set(5, 0) // want "VC1001|VC1004"
	fmt.Println(a)
}
