// Flatten always copies: masking out pixel 5 of the flattened image leaves
// the image unchanged.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	img := ndarray.Full[float32](1, 3, 3)
	flat := img.Flatten()
	flat.Set(0, 5)                               // want "VC1003"
	fmt.Println("brightness:", ndarray.Sum(img)) // 9, not 8
}
