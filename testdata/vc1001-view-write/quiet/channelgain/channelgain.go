// Quiet: white balance, one gain per channel, applied through a plane view
// made and written in each iteration.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	img := nd.Full[float32](0.5, 2, 2, 3)
	gains := []float32{1.2, 1.0, 0.8}
	for c, g := range gains {
		plane := img.Slice(nd.All(), nd.All(), nd.I(c))
		nd.ScaleAssign(plane, g)
	}
	fmt.Println(img)
}
