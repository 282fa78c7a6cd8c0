// Bug (VC1001): A helper in another package (gonumviews.Interior) returns a view of the
// grid's interior; clearing it "for the next sweep" clears the grid that the
// residual is then computed from: the residual prints 0 instead of 36.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
	"viewcheck.test/crosspkg/gonumviews"
)

func main() {
	grid := mat.NewDense(5, 5, nil)
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			grid.Set(i, j, float64(i+j))
		}
	}
	next := gonumviews.Interior(grid) // meant as scratch for the next sweep
	next.Zero()                       // want "VC1001"
	fmt.Println("residual:", mat.Sum(gonumviews.Interior(grid)))
}
