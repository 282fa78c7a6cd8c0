// Scaling one row for a report doubles it inside the matrix too, so the
// column means computed afterwards are wrong.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func columnMeans(m *ndarray.Array[float32]) []float32 {
	rows, cols := m.Shape()[0], m.Shape()[1]
	out := make([]float32, cols)
	for j := 0; j < cols; j++ {
		for i := 0; i < rows; i++ {
			out[j] += m.At(i, j)
		}
		out[j] /= float32(rows)
	}
	return out
}

func main() {
	m := ndarray.FromSlice([]float32{1, 2, 3, 4, 5, 6, 7, 8, 9}, 3, 3)
	second := m.Slice(ndarray.I(1))
	ndarray.ScaleAssign(second, 2) // want "VC1001"
	fmt.Println("scaled row:", second)
	fmt.Println("column means:", columnMeans(m))
}
