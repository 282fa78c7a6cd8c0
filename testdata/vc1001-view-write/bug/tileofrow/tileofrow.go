// Package tileofrow works on a tile of a row of a matrix.
//
// Review: redteam
package tileofrow

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// Tile prints a row before and after a part of it was cleared.
func Tile() {
	m := nd.Arange[int](20).Reshape(4, 5)
	row := m.Slice(nd.I(1))
	part := row.Slice(nd.S(1, 3))
	part.Fill(-1) // want "VC1001"
	fmt.Println("row 1 untouched:", row)
}
