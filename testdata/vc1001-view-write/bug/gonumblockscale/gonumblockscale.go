// Bug (VC1001): A block taken with Slice to be scaled on its own: Slice shares memory, so
// the original matrix's corner is scaled too and its trace is wrong.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	m := mat.NewDense(3, 3, []float64{1, 2, 3, 4, 5, 6, 7, 8, 9})
	block := m.Slice(0, 2, 0, 2).(*mat.Dense)
	block.Scale(10, block) // want "VC1001"
	fmt.Println("trace of the original:", mat.Trace(m))
	fmt.Println(mat.Formatted(block))
}
