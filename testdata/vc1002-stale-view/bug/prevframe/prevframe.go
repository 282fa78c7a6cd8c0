// Motion detection on a ring buffer of frames: prevFrame is a view of the
// slot the next frame is written into, so the difference is always zero and
// no motion is ever detected.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	ring := nd.Zeros[float32](2, 3, 3)
	slot := 0
	prevFrame := ring.Slice(nd.I(slot))
	next := nd.Full[float32](9, 3, 3)
	ring.Slice(nd.I(slot)).Assign(next) // want "VC1002"
	motion := nd.Sum(nd.Sub(next, prevFrame))
	fmt.Println("motion:", motion) // 0
}
