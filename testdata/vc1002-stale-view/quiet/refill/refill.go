// Quiet: "current" is a view of a reused frame buffer. The buffer is
// overwritten with Assign and the view is read after every refill; the
// name says nothing about keeping old values.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	frames := []*nd.Array[int]{nd.Full(1, 2, 2), nd.Full(2, 2, 2), nd.Full(3, 2, 2)}
	buf := nd.Zeros[int](2, 2)
	current := buf.View()
	for _, f := range frames {
		buf.Assign(f)
		fmt.Println("current frame total:", nd.Sum(current))
	}
}
