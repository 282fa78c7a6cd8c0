// Quiet: goto and labelled control flow around per-iteration windows.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	m := nd.Arange[float64](12).Reshape(4, 3)
	r := 0
loop:
	if r < 4 {
		row := m.Slice(nd.I(r))
		nd.ScaleAssign(row, 0.5)
		r++
		goto loop
	}
	fmt.Println(m)
}
