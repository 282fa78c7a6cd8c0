// A shuffled mini-batch picked with Take is a copy: normalising it in place
// does not normalise the dataset the training loop reads next.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// normalize scales each row of x to unit sum, in place.
func normalize(x *ndarray.Array[float64]) {
	for r := 0; r < x.Shape()[0]; r++ {
		row := x.Slice(ndarray.I(r))
		ndarray.ScaleAssign(row, 1/ndarray.Sum(row))
	}
}

func train(data *ndarray.Array[float64]) float64 {
	return ndarray.Sum(data) / float64(data.Shape()[0])
}

func main() {
	data := ndarray.Arange[float64](12).Reshape(4, 3)
	ndarray.AddAssign(data, ndarray.Full(1.0, 1))
	perm := []int{2, 0, 3, 1}
	for start := 0; start < 4; start += 2 {
		batch := data.Take(perm[start:start+2], 0)
		normalize(batch) // want "VC1003"
	}
	fmt.Println("mean row sum:", train(data)) // 19.5, not 1
}
