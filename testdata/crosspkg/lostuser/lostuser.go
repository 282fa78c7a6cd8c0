// views.Normalize writes through its parameter; handing it a Take copy
// loses the write, and the histogram printed afterwards is unnormalised.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"

	"viewcheck.test/crosspkg/views"
)

func main() {
	hist := ndarray.FromSlice([]float64{2, 6, 1, 1, 4, 4}, 2, 3)
	views.Normalize(hist.Take([]int{0}, 0)) // want "VC1003"
	views.Normalize(hist.Slice(ndarray.I(1)))
	fmt.Println(hist) // the first row is unchanged, the second is normalised
}
