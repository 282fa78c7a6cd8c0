// Bug (VC1003): Boundary conditions set on the interior of a grid through a helper in
// another package that copies (gonumviews.CopyOf, taken for a view): the
// copy is dropped and the grid keeps its old interior, so the grid's sum
// prints 0 instead of 9.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
	"viewcheck.test/crosspkg/gonumviews"
)

func main() {
	grid := mat.NewDense(5, 5, nil)
	inner := gonumviews.CopyOf(grid.Slice(1, 4, 1, 4))
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			inner.Set(i, j, 1) // want "VC1003"
		}
	}
	fmt.Println("sum of the grid:", mat.Sum(grid))
}
