// Writes through views returned by another package's functions reach the
// caller's arrays, which are read afterwards.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"

	"viewcheck.test/crosspkg/views"
)

func main() {
	m := ndarray.Arange[int](6).Reshape(2, 3)
	header := views.FirstRow(m)
	header.Fill(0) // want "VC1001"
	fmt.Println("table:", m)

	field := ndarray.Full(1.0, 4, 4)
	inner := views.Interior(field)
	ndarray.ScaleAssign(inner, 3)                   // want "VC1001"
	fmt.Println("field total:", ndarray.Sum(field)) // 24, not 16
}
