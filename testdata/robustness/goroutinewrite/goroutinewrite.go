// A goroutine writes through a view made before it starts; after waiting
// for it, the base is read as if unchanged.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	frame := ndarray.Arange[int](6).Reshape(2, 3)
	top := frame.Slice(ndarray.I(0))
	done := make(chan struct{})
	go func() {
		top.Fill(-1) // want "VC1001"
		close(done)
	}()
	<-done
	fmt.Println(frame) // [[-1 -1 -1] [3 4 5]]
}
