// Quiet: read-only sliding windows (sliding_window_view) feeding a
// separate output array.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	x := ndarray.FromSlice([]float64{1, 3, 5, 7, 9, 11})
	const k = 3
	out := ndarray.Zeros[float64](x.Size() - k + 1)
	for i := 0; i+k <= x.Size(); i++ {
		win := x.Slice(ndarray.S(i, i+k))
		out.Set(ndarray.Mean(win), i)
	}
	fmt.Println(out, x)
}
