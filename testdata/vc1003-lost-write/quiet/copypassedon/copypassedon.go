// Quiet: a Take copy is handed to a fluent function and its result is
// used; the copy is read after the write.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func doubled(x *ndarray.Array[int]) *ndarray.Array[int] {
	ndarray.ScaleAssign(x, 2)
	return x
}

func main() {
	a := ndarray.Arange[int](5)
	picked := doubled(a.Take([]int{1, 3}, 0))
	fmt.Println(picked, a)
}
