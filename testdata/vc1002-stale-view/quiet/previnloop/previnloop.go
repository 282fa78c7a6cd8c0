// Quiet: "prev" is re-made in each iteration and read only before the
// overwrite in that iteration, so it never shows stale data.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	cur := ndarray.FromSlice([]float64{1, 2, 3})
	for t := 0; t < 3; t++ {
		prev := cur.View()
		before := ndarray.Sum(prev)
		ndarray.ScaleAssign(cur, 2)
		fmt.Println("step", t, "grew from", before, "to", ndarray.Sum(cur))
	}
}
