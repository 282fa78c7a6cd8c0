// Paths: the write happens on a path that returns before the base is read
// again (quiet); on the other function the read follows the write on one
// path only, which is enough.
package main

import (
	"errors"
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func resetOrReport(a *ndarray.Array[float64], reset bool) error {
	head := a.Slice(ndarray.S(0, 2))
	if reset {
		head.Fill(0)
		return nil
	}
	if ndarray.Sum(a) < 0 {
		return errors.New("negative total")
	}
	fmt.Println("total:", ndarray.Sum(a))
	return nil
}

// clampedTotal clamps the tail and returns the total; a function that
// returns a result is not a plain in-place mutator.
func clampedTotal(a *ndarray.Array[float64], verbose bool) float64 {
	tail := a.Slice(ndarray.S(-2, ndarray.End))
	if ndarray.Max(tail) > 1 {
		tail.Fill(1) // want "VC1001"
	}
	if !verbose {
		return 0
	}
	fmt.Println("after clamping:", a)
	return ndarray.Sum(a)
}

func main() {
	a := ndarray.Arange[float64](5)
	fmt.Println(resetOrReport(a, false), resetOrReport(a, true), a)
	fmt.Println(clampedTotal(a, true))
}
