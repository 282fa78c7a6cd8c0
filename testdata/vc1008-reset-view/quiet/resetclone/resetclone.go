// Correct: the block is cloned into a matrix of its own, which is Reset and
// reused; the parent keeps its values.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	m := mat.NewDense(3, 3, []float64{1, 2, 3, 4, 5, 6, 7, 8, 9})
	var c mat.Dense
	c.CloneFrom(m.Slice(0, 2, 0, 2))
	c.Reset()
	c.Mul(m.Slice(0, 2, 0, 2), m.Slice(1, 3, 1, 3))
	fmt.Println(mat.Formatted(m), mat.Formatted(&c))
}
