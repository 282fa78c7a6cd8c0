// clearFirst writes into Flatten's copy of its parameter and returns the
// parameter's mean: the clearing is lost.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func clearFirst[T ndarray.Ordered](x *ndarray.Array[T]) float64 {
	f := x.Flatten()
	f.Set(0, 0) // want "VC1003"
	return ndarray.Mean(x)
}

func main() {
	fmt.Println(clearFirst(ndarray.Full(4, 2, 2))) // 4, not 3
}
