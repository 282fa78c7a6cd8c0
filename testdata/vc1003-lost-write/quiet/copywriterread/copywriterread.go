// Quiet: a Mask copy is passed to an in-place function and then read.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func square(x *ndarray.Array[int]) { ndarray.MulAssign(x, x) }

func main() {
	a := ndarray.FromSlice([]int{-3, 1, -2, 4})
	neg := a.Mask(ndarray.Less(a, ndarray.Zeros[int](1)))
	square(neg)
	fmt.Println("squares of the negatives:", neg, "input:", a)
}
