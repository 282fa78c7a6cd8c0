// Diagonal returns a read-only view, as NumPy's diagonal does: filling it
// to build an identity-plus-matrix panics.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	m := ndarray.Zeros[float64](3, 3)
	d := m.Diagonal()
	d.Fill(1) // want "VC1005"
	fmt.Println(m)
}
