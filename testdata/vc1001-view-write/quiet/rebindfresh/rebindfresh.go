// Quiet: the name is rebound to new memory before the write through the old
// view, so what is read afterwards does not share memory with the view.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	a := ndarray.Arange[float64](6)
	tail := a.Slice(ndarray.S(3, 6))
	a = ndarray.Zeros[float64](6)
	tail.Fill(-1)
	fmt.Println(a, tail)
}
