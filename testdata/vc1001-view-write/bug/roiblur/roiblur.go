// Blurring a region of interest for display blurs it in the image, and the
// edge detector run afterwards finds 4 sharp edges instead of 8.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// boxBlur returns a new image: each pixel is the mean of its 3x3
// neighbourhood, clamped at the borders.
func boxBlur(img *ndarray.Array[float64]) *ndarray.Array[float64] {
	h, w := img.Shape()[0], img.Shape()[1]
	out := ndarray.Zeros[float64](h, w)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			s, n := 0.0, 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					yy, xx := y+dy, x+dx
					if yy >= 0 && yy < h && xx >= 0 && xx < w {
						s += img.At(yy, xx)
						n++
					}
				}
			}
			out.Set(s/float64(n), y, x)
		}
	}
	return out
}

// edges counts the sharp horizontal steps (a jump of more than 0.9).
func edges(img *ndarray.Array[float64]) int {
	h, w := img.Shape()[0], img.Shape()[1]
	n := 0
	for y := 0; y < h; y++ {
		for x := 1; x < w; x++ {
			d := img.At(y, x) - img.At(y, x-1)
			if d > 0.9 || d < -0.9 {
				n++
			}
		}
	}
	return n
}

func main() {
	img := ndarray.Zeros[float64](8, 8)
	img.Slice(ndarray.All(), ndarray.S(4, ndarray.End)).Fill(1)
	fmt.Println("edges before:", edges(img))
	roi := img.Slice(ndarray.S(2, 6), ndarray.S(2, 6))
	roi.Assign(boxBlur(roi)) // want "VC1001"
	fmt.Println("edges after: ", edges(img))
}
