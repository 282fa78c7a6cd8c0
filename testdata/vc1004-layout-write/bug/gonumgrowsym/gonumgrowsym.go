// Bug (VC1004): A covariance matrix extended by one variable with GrowSym, whose result is
// a view of the receiver while its capacity lasts and new memory otherwise:
// setting the new variable's covariances reaches the original only when it
// was a SliceSym of a larger matrix. Here it is: the 3×3 matrix the block
// came from prints its last row as [0.3 0.4 2] instead of [0.5 0.5 1].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	full := mat.NewSymDense(3, []float64{
		1, 0.2, 0.5,
		0.2, 1, 0.5,
		0.5, 0.5, 1,
	})
	cov := full.SliceSym(0, 2).(*mat.SymDense) // the first two variables
	ext := cov.GrowSym(1).(*mat.SymDense)
	newCov := []float64{0.3, 0.4, 2} // of the new variable with each
	for i, c := range newCov {
		ext.SetSym(i, 2, c) // want "VC1004"
	}
	fmt.Printf("extended:\n%v\nfull:\n%v\n", mat.Formatted(ext), mat.Formatted(full))
}
