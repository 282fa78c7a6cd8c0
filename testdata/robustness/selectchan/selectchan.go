// Quiet: views sent over channels in a select, consumed before the base
// changes; copies sent after.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	data := ndarray.Arange[int](6).Reshape(2, 3)
	views := make(chan *ndarray.Array[int], 1)
	copies := make(chan *ndarray.Array[int], 1)
	for i := 0; i < 2; i++ {
		select {
		case views <- data.Slice(ndarray.I(i)):
			fmt.Println("sent row", i, "total", ndarray.Sum(<-views))
		case copies <- data.Slice(ndarray.I(i)).Copy():
			fmt.Println("sent a copy of row", i, <-copies)
		}
	}
	data.Fill(0)
	fmt.Println(data)
}
