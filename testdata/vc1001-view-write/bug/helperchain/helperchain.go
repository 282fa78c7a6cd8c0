// Views through a chain of helpers in the same package: rowOf returns a
// view of its parameter, firstRow returns rowOf's result. Writing through
// it changes the matrix.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func rowOf(m *nd.Array[float64], i int) *nd.Array[float64] { return m.Slice(nd.I(i)) }

func firstRow(m *nd.Array[float64]) *nd.Array[float64] { return rowOf(m, 0) }

func main() {
	scores := nd.FromSlice([]float64{7, 8, 9, 4, 5, 6}, 2, 3)
	best := firstRow(scores)
	nd.ScaleAssign(best, 10)                    // want "VC1001"
	fmt.Println("mean score:", nd.Mean(scores)) // 42.5, not 6.5
}
