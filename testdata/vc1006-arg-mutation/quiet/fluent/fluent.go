// Quiet: a fluent API that writes its parameter and returns it, so the
// caller can see that the result is the argument.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// Clip limits x to [lo, hi] in place and returns x.
func Clip(x *nd.Array[int], lo, hi int) *nd.Array[int] {
	for i := 0; i < x.Size(); i++ {
		x.Set(min(max(x.At(i), lo), hi), i)
	}
	return x
}

// Scale multiplies x by c in place and returns x.
func Scale(x *nd.Array[int], c int) *nd.Array[int] {
	nd.ScaleAssign(x, c)
	return x
}

func main() {
	x := nd.FromSlice([]int{-4, 2, 15})
	fmt.Println(Scale(Clip(x, 0, 10), 3), x)
}
