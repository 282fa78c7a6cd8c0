// A view rebound to a view of itself is still a view of the base.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	buf := ndarray.Arange[int64](10)
	w := buf.Slice(ndarray.S(2, 9))
	w = w.Slice(ndarray.Step(0, ndarray.End, 3)) // buf[2], buf[5], buf[8]
	w.Fill(-1)                                   // want "VC1001"
	fmt.Println(buf)
}
