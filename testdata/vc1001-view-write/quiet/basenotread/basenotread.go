// Quiet: the view is written and used on its own; the base is never read
// again, so nothing can observe the change.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	buf := ndarray.Zeros[float32](16)
	out := buf.Slice(ndarray.S(0, 4))
	for i := 0; i < 4; i++ {
		out.Set(float32(i*i), i)
	}
	fmt.Println("squares:", out, ndarray.Sum(out))
}
