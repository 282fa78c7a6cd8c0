// Bug (VC1007): gonum/gonum#324: shifting a column down by one with CopyVec between two
// overlapping slices of it. CopyVec copies forward without checking, so
// element 0 is smeared down the column: prints 1 1 1 ... instead of 1 1 2 3 ...
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	backing := []float64{1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8, 0, 9, 0}
	m := mat.NewDense(9, 2, backing)
	col := m.ColView(0).(*mat.VecDense)
	dst := col.SliceVec(1, 9).(*mat.VecDense)
	src := col.SliceVec(0, 8)
	dst.CopyVec(src) // want "VC1007"
	fmt.Println(backing)
}
