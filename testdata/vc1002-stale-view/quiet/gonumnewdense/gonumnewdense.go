// Correct: A matrix built over a fresh slice each time round the loop: the data is
// not reused, so no matrix sees another's values. Correct.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	var ms []*mat.Dense
	for i := 0; i < 3; i++ {
		data := make([]float64, 4)
		data[0] = float64(i)
		ms = append(ms, mat.NewDense(2, 2, data))
	}
	for _, m := range ms {
		fmt.Println(m.At(0, 0))
	}
}
