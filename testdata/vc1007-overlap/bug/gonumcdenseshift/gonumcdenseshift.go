// Bug (VC1007): gonum/gonum#855: CDense.Copy between overlapping blocks of one complex
// matrix. Copy does not check for overlap and copies element by element,
// so moving the top-left 2×2 block one step down and right copies values it
// has already overwritten: the block lands as [1 2; 4 1] instead of
// [1 2; 4 5].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	c := mat.NewCDense(3, 3, []complex128{
		1, 2, 3,
		4, 5, 6,
		7, 8, 9,
	})
	dst := c.Slice(1, 3, 1, 3).(*mat.CDense)
	dst.Copy(c.Slice(0, 2, 0, 2)) // want "VC1007"
	for i := 0; i < 3; i++ {
		fmt.Println(real(c.At(i, 0)), real(c.At(i, 1)), real(c.At(i, 2)))
	}
}
