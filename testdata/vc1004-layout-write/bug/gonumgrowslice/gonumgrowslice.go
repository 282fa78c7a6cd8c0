// Bug (VC1004): A row appended with Grow to the top block of a matrix: the block is a Slice
// with the parent's capacity behind it, so Grow returns a view and the new
// row is the parent's next row, which the write overwrites. It prints the
// parent's row 2 as [5 7 9] (the totals) instead of [7 8 9]; for a block
// at the bottom (no capacity left) Grow would copy and leave m alone.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	m := mat.NewDense(3, 3, []float64{1, 2, 3, 4, 5, 6, 7, 8, 9})
	top := m.Slice(0, 2, 0, 3).(*mat.Dense)
	withTotals := top.Grow(1, 0).(*mat.Dense)
	for j := 0; j < 3; j++ {
		withTotals.Set(2, j, top.At(0, j)+top.At(1, j)) // want "VC1004"
	}
	fmt.Printf("with totals:\n%v\nthe matrix:\n%v\n", mat.Formatted(withTotals), mat.Formatted(m))
}
