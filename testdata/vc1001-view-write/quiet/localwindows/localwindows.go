// Package localwindows: named views of a local, written and read in the same
// iteration, with the base read after the loop.
//
// Review: redteam2
package localwindows

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func Tiles(n, t int) {
	img := nd.Zeros[int](n, n)
	k := 0
	for i := 0; i < n; i += t {
		for j := 0; j < n; j += t {
			tile := img.Slice(nd.S(i, i+t), nd.S(j, j+t))
			tile.Fill(k)
			k++
		}
	}
	fmt.Println(img)
}

func Staircase(n int) int {
	m := nd.Zeros[int](n, n)
	for i := range n {
		lower := m.Slice(nd.I(i), nd.S(0, i+1))
		lower.Fill(1)
	}
	return nd.Sum(m)
}
