// Quiet: a window onto a buffer that is refilled and read again after each
// refill; nothing about it says "snapshot", the window is meant to follow
// the buffer.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	buf := ndarray.Zeros[float64](8)
	head := buf.Slice(ndarray.S(0, 4))
	for block := 0; block < 3; block++ {
		for i := 0; i < 8; i++ {
			buf.Set(float64(block*8+i), i)
		}
		fmt.Println("block", block, "head mean:", ndarray.Mean(head))
	}
}
