// Bug (VC1001): row 0 of the transpose is column 0 of the matrix, which
// meets row 1 of the matrix at element (1, 0): a slice of a transposed
// view against a slice of the array itself must count as overlapping, since
// their indices are on different axes of the memory. Writing the column
// changes the row read afterwards.
//
// Quiet: zeroFirstFeatures splits the transposed matrix into row blocks of
// its own; both blocks are slices of the same transposed view and do not
// meet, so the block read after the write is untouched.
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// zeroFirstFeatures zeroes the first k features of samples stored as
// columns and returns the total of the others.
func zeroFirstFeatures(data *ndarray.Array[float64], k int) float64 {
	t := data.Transpose()
	head := t.Slice(ndarray.S(0, k))
	rest := t.Slice(ndarray.S(k, ndarray.End))
	head.Fill(0)
	return ndarray.Sum(rest)
}

func main() {
	m := ndarray.Arange[float64](9).Reshape(3, 3)
	t := m.Transpose()
	col := t.Slice(ndarray.I(0))
	row := m.Slice(ndarray.I(1))
	col.Fill(-1)               // want "VC1001"
	fmt.Println("row 1:", row) // [-1 4 5]

	data := ndarray.Arange[float64](12).Reshape(3, 4)
	// columns 2 and 3 of data: 2+6+10+3+7+11 = 39
	fmt.Println(zeroFirstFeatures(data, 2))
}
