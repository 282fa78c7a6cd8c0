// //lint:ignore at the end of the reported line suppresses it.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	m := ndarray.Zeros[float64](3, 3)
	row := m.Slice(ndarray.I(1))
	row.Fill(1) //lint:ignore VC1001 the row is meant to be written through
	fmt.Println(m)

	x := ndarray.Arange[float64](4)
	x.Take([]int{0}, 0).Set(9, 0) //lint:ignore VC1003 demonstrating that Take copies
	fmt.Println(x)
}
