// Taking the first image of a batch with Slice+Squeeze gives a view:
// inverting it for display inverts the batch that is fed to the model next.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func model(batch *nd.Array[float32]) float32 { return nd.Sum(batch) / float32(batch.Size()) }

func main() {
	batch := nd.Full[float32](0.25, 2, 3, 3)
	first := batch.Slice(nd.S(0, 1)).Squeeze(0)
	nd.SubAssign(first, nd.Full[float32](1, 1)) // want "VC1001"
	nd.ScaleAssign(first, -1)
	fmt.Println("preview:", first)
	fmt.Println("model output:", model(batch))
}
