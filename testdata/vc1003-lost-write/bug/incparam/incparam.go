// def foo(x): x += 1, then foo(a[:, [2,3]]) does nothing (numpy#8425): the
// fancy-indexed argument is a copy, so the increment is lost.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func foo(x *ndarray.Array[float64]) {
	ndarray.AddAssign(x, ndarray.Full(1.0, 1))
}

func main() {
	a := ndarray.Zeros[float64](2, 4)
	foo(a.Slice(ndarray.All(), ndarray.S(0, 2))) // a view: this one lands
	foo(a.Take([]int{2, 3}, 1))                  // want "VC1003"
	fmt.Println(a)                               // [[1 1 0 0] [1 1 0 0]]
}
