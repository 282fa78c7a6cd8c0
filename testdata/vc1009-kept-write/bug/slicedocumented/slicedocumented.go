// Bug (VC1009): NewMatrix says it keeps its data slice, and the caller
// writes the slice anyway while the matrix is still read: the doc comment
// was a warning ignored, so the write is still reported. It prints 5
// instead of 1.
package main

import "fmt"

// Matrix is a row-major matrix.
type Matrix struct {
	rows, cols int
	data       []int
}

// NewMatrix returns a rows x cols matrix over data. It takes ownership of
// data: callers must not modify it afterwards.
func NewMatrix(rows, cols int, data []int) Matrix {
	return Matrix{rows: rows, cols: cols, data: data}
}

func (m Matrix) At(i, j int) int { return m.data[i*m.cols+j] }

func main() {
	cells := []int{1, 2, 3, 4}
	m := NewMatrix(2, 2, cells)
	cells[0] = 5 // want "VC1009"
	fmt.Println(m.At(0, 0))
}
