// Bug (VC1001): a six-level multistep scheme (Adams-Bashforth style) that
// recurses with its levels rotated: each step overwrites its first buffer
// from the next two, and the oldest level becomes the next step's output.
// After five steps every level has been overwritten, the second one too. The
// caller passes level, a named view of a row of hist, in the second place
// and reads hist afterwards: the row has changed ([29 29 29]). Finding that
// step writes its second parameter takes five rounds of its own summary.
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// step runs n steps of the scheme, writing out and then the older levels.
func step(out, h1, h2, h3, h4, h5 *ndarray.Array[float64], n int) {
	if n == 0 {
		return
	}
	out.Assign(ndarray.Add(h1, h2))
	step(h5, out, h1, h2, h3, h4, n-1)
}

func main() {
	hist := ndarray.Full(1.0, 2, 3)
	level := hist.Slice(ndarray.I(1))
	out, h2, h3, h4, h5 := ndarray.Zeros[float64](3), ndarray.Full(2.0, 3), ndarray.Full(2.0, 3), ndarray.Full(2.0, 3), ndarray.Full(2.0, 3)
	step(out, level, h2, h3, h4, h5, 8) // want "VC1001"
	fmt.Println(hist)
	fmt.Println(out)
}
