// Command vc1007-overlap shows VC1007: shifting a column down by one with
// CopyVec between two overlapping slices of it (gonum/gonum#324). For a
// column of a wider matrix CopyVec copies element by element, forward,
// without checking for overlap, so the first element is smeared down.
//
// It prints [1 1 1 1 1 1] instead of [1 1 2 3 4 5]. The fix copies the
// source first: dst.CopyVec(mat.VecDenseCopyOf(src)).
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	m := mat.NewDense(6, 2, []float64{1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0})
	col := m.ColView(0).(*mat.VecDense)
	dst := col.SliceVec(1, 6).(*mat.VecDense)
	src := col.SliceVec(0, 5)
	dst.CopyVec(src) // VC1007: dst and src overlap
	fmt.Println(mat.Col(nil, 0, m))
}
