// Reshaping a transposed matrix to 1-D must copy: the column-major "index"
// is a new array, and bumping its first entry does not touch the matrix.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	m := nd.Zeros[int32](3, 4)
	colMajor := m.Transpose().Reshape(-1)
	colMajor.Set(1, 0)                         // want "VC1003"
	fmt.Println("nonzero entries:", nd.Sum(m)) // 0
}
