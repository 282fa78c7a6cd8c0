// addToPairs views its argument as (n/2, 2) pairs and adds an offset to
// every pair: for a transposed argument the reshape copies, the offset is
// lost and the returned total is the unchanged one (10 for the first call,
// 28 rather than 36 for the second).
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func addToPairs[T ndarray.Number](v *ndarray.Array[T], off T) T {
	pairs := v.Reshape(-1, 2)
	ndarray.AddAssign(pairs, ndarray.Full(off, 1)) // want "VC1004"
	return ndarray.Sum(v)
}

func main() {
	fmt.Println(addToPairs(ndarray.Arange[int](4), 1))
	fmt.Println(addToPairs(ndarray.Arange[float32](8).Reshape(4, 2).Transpose(), 1))
}
