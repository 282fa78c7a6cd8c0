// Quiet: mini-batches as views of the dataset, only read by the model.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func loss(batch, w *ndarray.Array[float64]) float64 {
	pred := ndarray.MatMul(batch, w)
	return ndarray.Sum(ndarray.Mul(pred, pred))
}

func main() {
	data := ndarray.Arange[float64](20).Reshape(10, 2)
	w := ndarray.FromSlice([]float64{0.5, -0.5}, 2, 1)
	total := 0.0
	for start := 0; start < 10; start += 4 {
		stop := min(start+4, 10)
		batch := data.Slice(ndarray.S(start, stop))
		total += loss(batch, w)
	}
	fmt.Println(total, ndarray.Sum(data))
}
