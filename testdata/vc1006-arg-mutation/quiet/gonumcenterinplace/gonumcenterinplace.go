// Correct: Centring in place through a helper in another package that returns nothing
// and says it changes its argument (gonumviews.CenterColumns): centring the
// caller's matrix is the point, and the caller reads it afterwards.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
	"viewcheck.test/crosspkg/gonumviews"
)

func main() {
	x := mat.NewDense(3, 2, []float64{1, 10, 2, 20, 3, 30})
	gonumviews.CenterColumns(x)
	fmt.Printf("centred:\n%v\n", mat.Formatted(x))
}
