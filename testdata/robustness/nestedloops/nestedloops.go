// Loops: views made in an outer loop and written in an inner one are
// per-iteration windows (quiet); a view made before the loops and written
// in them, with the base read after, is reported once.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	vol := nd.Zeros[int](3, 4, 5)
outer:
	for z := 0; z < 3; z++ {
		plane := vol.Slice(nd.I(z))
		for y := 0; y < 4; y++ {
			if y == 3 && z == 2 {
				break outer
			}
			if y%2 == 1 {
				continue
			}
			for x := 0; x < 5; x++ {
				plane.Set(z*100+y*10+x, y, x)
			}
		}
	}
	fmt.Println(nd.Sum(vol))

	marks := nd.Zeros[int](4, 4)
	diag := marks.Reshape(-1).Slice(nd.Step(0, nd.End, 5))
	for i := 0; ; i++ {
		if i == 4 {
			break
		}
		diag.Set(1, i) // want "VC1001"
	}
	fmt.Println(marks)
}
