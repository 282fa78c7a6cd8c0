// Correct: Column medians with mat.Col into a caller's buffer: the buffer is sorted
// (a write into the copy) and then read for the median; the matrix is not
// meant to change.
package main

import (
	"fmt"
	"sort"

	"gonum.org/v1/gonum/mat"
)

func main() {
	data := mat.NewDense(3, 2, []float64{5, 1, 1, 9, 3, 4})
	r, c := data.Dims()
	buf := make([]float64, r)
	for j := 0; j < c; j++ {
		mat.Col(buf, j, data)
		sort.Float64s(buf)
		fmt.Printf("median of column %d: %v\n", j, buf[r/2])
	}
	fmt.Printf("data:\n%v\n", mat.Formatted(data))
}
