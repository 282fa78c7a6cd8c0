// Read-only views through helpers: diagOf returns Diagonal, leading
// returns a slice of that; writing through the result panics.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func diagOf(m *ndarray.Array[float32]) *ndarray.Array[float32] { return m.Diagonal() }

func leading(m *ndarray.Array[float32], k int) *ndarray.Array[float32] {
	return diagOf(m).Slice(ndarray.S(0, k))
}

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	m := ndarray.Zeros[float32](4, 4)
	lead := leading(m, 2)
	lead.Fill(1) // want "VC1005"
}
