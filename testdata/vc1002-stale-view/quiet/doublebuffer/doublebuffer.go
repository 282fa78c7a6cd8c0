// Quiet: double buffering with two arrays that own their memory; prev is
// updated with Assign (a copy of the values), never a view of cur.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	cur := nd.FromSlice([]float64{1, 2, 3, 4})
	prev := nd.Zeros[float64](4)
	for step := 0; step < 3; step++ {
		prev.Assign(cur)
		nd.AddAssign(cur, nd.Full(1.0, 1))
		fmt.Println("step", step, "delta", nd.Sum(nd.Sub(cur, prev)))
	}
}
