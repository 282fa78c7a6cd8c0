// Slices of one array that provably do not meet on the first axis: writing
// one and reading the other is not reading what was written.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// split scales the training part of data and reports the mean of the rest.
func split(data *ndarray.Array[float64], k int) float64 {
	train := data.Slice(ndarray.S(0, k))
	test := data.Slice(ndarray.S(k, ndarray.End))
	ndarray.ScaleAssign(train, 2)
	return ndarray.Mean(test)
}

func main() {
	a := ndarray.Arange[float64](10)
	lo := a.Slice(ndarray.S(0, 5))
	hi := a.Slice(ndarray.S(5, 10))
	lo.Fill(0)
	fmt.Println(ndarray.Sum(hi))

	m := ndarray.Zeros[float64](3, 3)
	first := m.Slice(ndarray.I(0))
	second := m.Slice(ndarray.I(1))
	first.Fill(1)
	fmt.Println(second, split(ndarray.Arange[float64](6), 3))
	fmt.Println(keepHead())
}

// keepHead keeps the head of a series while clearing its tail.
func keepHead() *ndarray.Array[float64] {
	series := ndarray.Arange[float64](10)
	saved := series.Slice(ndarray.S(0, 5))
	series.Slice(ndarray.S(5, ndarray.End)).Fill(-1)
	return saved
}
