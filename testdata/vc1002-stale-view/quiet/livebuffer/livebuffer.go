// Quiet: an audio callback refills one buffer; the "left" and "right"
// channel views are live windows read after every refill.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func refill(buf *ndarray.Array[float32], t int) {
	for i := 0; i < buf.Shape()[0]; i++ {
		buf.Set(float32(t+i), i, 0)
		buf.Set(float32(-(t + i)), i, 1)
	}
}

func main() {
	buf := ndarray.Zeros[float32](4, 2)
	left := buf.Slice(ndarray.All(), ndarray.I(0))
	right := buf.Slice(ndarray.All(), ndarray.I(1))
	for t := 0; t < 3; t++ {
		refill(buf, t*4)
		fmt.Println("block", t, ndarray.Sum(left), ndarray.Sum(right))
	}
}
