// demeanedTotal removes the mean of the first four samples through a view
// of its parameter and then sums the parameter: the caller's samples are
// changed, and the total is not the total of what was passed in.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func demeanedTotal(samples *ndarray.Array[float32]) float32 {
	if samples.Size() < 4 {
		return ndarray.Sum(samples)
	}
	win := samples.Slice(ndarray.S(0, 4))
	mean := float32(ndarray.Mean(win))
	ndarray.SubAssign(win, ndarray.Full(mean, 1)) // want "VC1001"
	return ndarray.Sum(samples)
}

func main() {
	s := ndarray.FromSlice([]float32{1, 2, 3, 4, 5, 6})
	fmt.Println(demeanedTotal(s), s)
}
