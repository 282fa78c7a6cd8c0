// Quiet: a row swap whose temporary is an explicit copy.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func swapRows[T ndarray.Elem](m *ndarray.Array[T], i, j int) {
	tmp := m.Slice(ndarray.I(i)).Copy()
	m.Slice(ndarray.I(i)).Assign(m.Slice(ndarray.I(j)))
	m.Slice(ndarray.I(j)).Assign(tmp)
}

func main() {
	m := ndarray.FromSlice([]int{1, 2, 3, 4, 5, 6}, 3, 2)
	swapRows(m, 0, 2)
	fmt.Println(m)
}
