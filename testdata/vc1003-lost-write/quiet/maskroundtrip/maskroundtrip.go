// Quiet: a Mask/modify/PutMask round trip (a ReLU that keeps a log of the
// clipped values).
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func relu(x *ndarray.Array[float32]) {
	neg := ndarray.Less(x, ndarray.Zeros[float32](1))
	vals := x.Mask(neg)
	fmt.Println("clipping", vals.Size(), "values")
	vals.Fill(0)
	x.PutMask(neg, vals)
}

func main() {
	x := ndarray.FromSlice([]float32{-1, 2, -3, 4})
	relu(x)
	fmt.Println(x)
}
