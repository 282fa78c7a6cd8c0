// Correct: the caller changes the data through the matrix that keeps it
// and reads its own slice knowing they are one: only writes to the slice
// other than through the value are reported.
package main

import "fmt"

type Matrix struct {
	cols int
	data []int
}

func NewMatrix(cols int, data []int) *Matrix { return &Matrix{cols: cols, data: data} }

func (m *Matrix) Set(i, j, v int) { m.data[i*m.cols+j] = v }

func main() {
	data := []int{1, 2, 3, 4}
	m := NewMatrix(2, data)
	m.Set(0, 0, 9)
	fmt.Println(data[0], m.cols)
}
