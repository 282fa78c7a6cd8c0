// Correct: a suppression with its reason and a well-formed directive: the
// analyzer honours both and says nothing about either.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// firstRow returns a view of the first row of m.
//
//viewcheck:view m
func firstRow(m *ndarray.Array[int]) *ndarray.Array[int] {
	return m.Slice(ndarray.I(0))
}

func main() {
	m := ndarray.Arange[int](6).Reshape(2, 3)
	row := firstRow(m)
	//lint:ignore VC1001 clearing the first row of m is the point
	row.Fill(0)
	fmt.Println(m)
}
