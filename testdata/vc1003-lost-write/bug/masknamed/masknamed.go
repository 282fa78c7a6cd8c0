// Clipping negative values through a named Mask result: it is a copy, so
// the data printed afterwards still has its negative entries.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	data := ndarray.FromSlice([]int{4, -2, 7, -9, 1})
	neg := ndarray.Less(data, ndarray.Zeros[int](1))
	vals := data.Mask(neg)
	vals.Fill(0) // want "VC1003"
	fmt.Println(data)
}
