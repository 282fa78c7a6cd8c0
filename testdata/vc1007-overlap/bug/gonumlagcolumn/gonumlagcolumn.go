// Bug (VC1007): gonum/gonum#324: a two-column table of (time, reading) keeps the newest
// reading on top; making room for a new one shifts the reading column down
// with CopyVec between two overlapping slices of it. The column has stride
// 2, so CopyVec copies element by element, forwards, and smears the newest
// reading down the column: it prints readings 9 5 5 5 5 instead of 9 5 4 3 2.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	table := mat.NewDense(5, 2, []float64{
		0, 5,
		-1, 4,
		-2, 3,
		-3, 2,
		-4, 1,
	})
	readings := table.ColView(1).(*mat.VecDense)
	older := readings.SliceVec(1, 5).(*mat.VecDense)
	older.CopyVec(readings.SliceVec(0, 4)) // want "VC1007"
	table.Set(0, 1, 9)
	fmt.Println("readings:", mat.Col(nil, 1, table))
}
