// Clipped returns a clipped array but clips the caller's array first: it
// writes every out-of-range element of its parameter.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// Clipped returns x with every element limited to [lo, hi].
func Clipped[T ndarray.Ordered](x *ndarray.Array[T], lo, hi T) *ndarray.Array[T] {
	flat := x.Reshape(-1)
	for i := 0; i < flat.Size(); i++ {
		flat.Set(min(max(flat.At(i), lo), hi), i) // want "VC1006"
	}
	return flat.Copy()
}

func main() {
	x := ndarray.FromSlice([]int{-5, 3, 12, 7}, 2, 2)
	fmt.Println(Clipped(x, 0, 10), x)
	y := ndarray.FromSlice([]float32{-1.5, 0.5})
	fmt.Println(Clipped(y, 0, 1), y)
}
