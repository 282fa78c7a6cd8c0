// Correct: the constructor is handed a copy, so resetting the buffer
// afterwards leaves the matrix alone.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	buf := []float64{1, 2, 3, 4}
	m := mat.NewDense(2, 2, append(buf[:0:0], buf...))
	for i := range buf {
		buf[i] = 0
	}
	fmt.Println(mat.Formatted(m), buf)
}
