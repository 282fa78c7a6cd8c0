// A view of a view still shares the original memory: blanking the middle
// of the window also blanks it in the window and in the buffer, so the
// window's sum no longer is the sum of the samples.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	samples := ndarray.Arange[int](10)
	window := samples.Slice(ndarray.S(2, 8))
	middle := window.Slice(ndarray.S(2, 4))
	middle.Fill(-1) // want "VC1001"
	fmt.Println("window sum:", ndarray.Sum(window))
}
