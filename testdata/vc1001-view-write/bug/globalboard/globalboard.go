// A package-level board: a named view of its first row is cleared, and the
// board, read again through the global, shows it.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

var board = ndarray.Full(1, 3, 3)

func main() {
	firstRow := board.Slice(ndarray.I(0))
	firstRow.Fill(0)                                // want "VC1001"
	fmt.Println("pieces left:", ndarray.Sum(board)) // 6, not 9
}
