// Quiet: values picked by a mask are modified and summarised on their own.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	scores := ndarray.FromSlice([]int{55, 91, 78, 99, 40})
	passed := scores.Mask(ndarray.GreaterEqual(scores, ndarray.Full(60, 1)))
	ndarray.AddAssign(passed, ndarray.Full(5, 1))
	fmt.Println("curved passing scores:", passed, "mean:", ndarray.Mean(passed))
	fmt.Println("raw scores:", scores)
}
