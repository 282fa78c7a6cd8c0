// Quiet: the diagonal is copied before it is written.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	m := ndarray.Arange[int](9).Reshape(3, 3)
	d := m.Diagonal().Copy()
	d.Fill(1)
	fmt.Println(d, m)
}
