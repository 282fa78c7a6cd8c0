// Correct: CloneFrom copies: changing the clone leaves the original alone, and the
// program means it. Correct.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	m := mat.NewDense(2, 2, []float64{1, 2, 3, 4})
	var c mat.Dense
	c.CloneFrom(m)
	c.Set(0, 0, 100)
	fmt.Println(mat.Formatted(m), mat.Formatted(&c))
}
