// Quiet: mutually recursive functions over views (the summaries must reach
// a fixed point); they only read.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func evenSum(a *ndarray.Array[int]) int {
	if a.Size() == 0 {
		return 0
	}
	return a.At(0) + oddSum(a.Slice(ndarray.S(1, ndarray.End)))
}

func oddSum(a *ndarray.Array[int]) int {
	if a.Size() == 0 {
		return 0
	}
	return evenSum(a.Slice(ndarray.S(1, ndarray.End)))
}

func main() {
	a := ndarray.Arange[int](7)
	fmt.Println(evenSum(a), a)
}
