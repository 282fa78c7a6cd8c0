// Quiet: an explicit Copy makes the reshaped array independent whatever
// the layout.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func withMarker(m *nd.Array[int]) *nd.Array[int] {
	flat := m.Reshape(-1).Copy()
	flat.Set(-1, 0)
	fmt.Println("input kept:", m)
	return flat
}

func main() {
	fmt.Println(withMarker(nd.Arange[int](6).Reshape(2, 3).Transpose()))
}
