// Quiet: Take, modify, Put back. The round trip is the documented way to
// write through an index list.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	a := ndarray.Arange[int](6).Reshape(3, 2)
	rows := []int{0, 2}
	sel := a.Take(rows, 0)
	ndarray.ScaleAssign(sel, 10)
	a.Put(rows, 0, sel)
	fmt.Println(a)
}
