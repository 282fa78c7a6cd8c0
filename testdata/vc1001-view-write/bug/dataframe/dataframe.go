// A table type that wraps a matrix without copying it (pandas#14953:
// pd.DataFrame(mat) shares mat's memory). Editing a cell of the table edits
// the matrix the caller still uses as raw input: mat[0,1] becomes 4.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// NewFrame presents mat as a table of rows and columns. It shares mat's
// memory.
func NewFrame(mat *nd.Array[float64]) *nd.Array[float64] {
	return mat.Slice(nd.All(), nd.All())
}

func main() {
	mat := nd.FromSlice([]float64{1, 2, 3, 4, 5, 6}, 2, 3)
	df := NewFrame(mat)
	df.Set(4, 0, 1) // want "VC1001"
	fmt.Println("frame total:", nd.Sum(df))
	fmt.Println("raw matrix: ", mat)
}
