// Correct: CDense.Copy between blocks of one complex matrix that do not meet (the
// top-left 2×2 block into the bottom-right one of a 4×4 matrix, through an
// unnamed Slice): Copy does not check for overlap, and here there is none.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	c := mat.NewCDense(4, 4, nil)
	c.Set(0, 0, 1+1i)
	c.Set(1, 1, 2-1i)
	c.Slice(2, 4, 2, 4).(*mat.CDense).Copy(c.Slice(0, 2, 0, 2))
	fmt.Println(c.At(2, 2), c.At(3, 3))
}
