// gammaCorrected returns a float image, but clips the caller's 8-bit image
// in place on the way.
package main

import (
	"fmt"
	"math"

	"github.com/viewcheck/viewcheck/ndarray"
)

func gammaCorrected(img *ndarray.Array[uint8], gamma float64) *ndarray.Array[float32] {
	flat := img.Ravel()
	out := ndarray.Zeros[float32](flat.Size())
	for i := 0; i < flat.Size(); i++ {
		if flat.At(i) > 240 {
			flat.Set(240, i) // want "VC1006"
		}
		out.Set(float32(math.Pow(float64(flat.At(i))/255, gamma)), i)
	}
	return out
}

func main() {
	img := ndarray.FromSlice([]uint8{10, 128, 250, 255}, 2, 2)
	fmt.Println(gammaCorrected(img, 2.2))
	fmt.Println(img) // [[10 128] [240 240]]
}
