// Correct: the buffer is reused only after the matrix built over it has
// been used for the last time.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	buf := []float64{3, 4}
	v := mat.NewVecDense(2, buf)
	fmt.Println(mat.Norm(v, 2))
	buf[0], buf[1] = 6, 8
	fmt.Println(buf)
}
