// Correct: Block assembly: each block of the result is filled through an unnamed
// Slice, the idiom of blocked factorizations. Correct: the writes are meant
// to land in m.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	a := mat.NewDense(2, 2, []float64{1, 2, 3, 4})
	m := mat.NewDense(4, 4, nil)
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			m.Slice(2*i, 2*i+2, 2*j, 2*j+2).(*mat.Dense).Copy(a)
		}
	}
	fmt.Println(mat.Formatted(m))
}
