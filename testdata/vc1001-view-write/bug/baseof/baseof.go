// Bug (VC1001): Base returns the array that owns a view's memory, the whole
// matrix, not the part the view selects. whole is a view of everything, so
// clearing it clears the bottom rows, which are read afterwards. Disjointness
// of the slices top and bottom says nothing about top.Base().
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	m := ndarray.Arange[float64](8).Reshape(4, 2)
	top := m.Slice(ndarray.S(0, 2))
	bottom := m.Slice(ndarray.S(2, 4))
	whole := top.Base()
	whole.Fill(0)                    // want "VC1001"
	fmt.Println(ndarray.Sum(bottom)) // 0, not 22
	fmt.Println(ndarray.SharesMemory(whole, bottom))
}
