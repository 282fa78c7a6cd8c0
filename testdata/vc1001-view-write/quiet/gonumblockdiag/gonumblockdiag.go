// Correct: A block-diagonal matrix built block by block through named Slices of a new
// matrix, which is then returned: the writes are meant to land in it, and
// nothing holds the matrix as anything but the result.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// blockDiag returns the block-diagonal matrix with blocks a and b.
func blockDiag(a, b *mat.Dense) *mat.Dense {
	ar, ac := a.Dims()
	br, bc := b.Dims()
	out := mat.NewDense(ar+br, ac+bc, nil)
	top := out.Slice(0, ar, 0, ac).(*mat.Dense)
	top.Copy(a)
	bottom := out.Slice(ar, ar+br, ac, ac+bc).(*mat.Dense)
	bottom.Copy(b)
	return out
}

func main() {
	a := mat.NewDense(2, 2, []float64{1, 2, 3, 4})
	b := mat.NewDense(1, 1, []float64{5})
	fmt.Printf("%v\n", mat.Formatted(blockDiag(a, b)))
}
