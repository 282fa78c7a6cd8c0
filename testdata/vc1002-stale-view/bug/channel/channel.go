// Frames sent to a consumer over a buffered channel as views of one
// capture buffer: by the time the consumer reads them, the buffer holds the
// last frame, so every received frame looks the same.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	capture := ndarray.Zeros[int16](2, 2)
	frames := make(chan *ndarray.Array[int16], 3)
	for k := int16(1); k <= 3; k++ {
		capture.Fill(k) // want "VC1002"
		frames <- capture.View()
	}
	close(frames)
	for f := range frames {
		fmt.Println("frame total:", ndarray.Sum(f)) // 12 12 12, not 4 8 12
	}
}
