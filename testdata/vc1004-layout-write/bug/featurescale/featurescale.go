// featureMean views an image as one feature vector and rescales the first
// feature in place before averaging the image: for a channels-first image
// passed as a transposed view the rescale is lost, and the two calls
// disagree.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func featureMean(img *ndarray.Array[float32]) float64 {
	features := img.Reshape(-1)
	features.Set(features.At(0)/255, 0) // want "VC1004"
	return ndarray.Mean(img)
}

func main() {
	hwc := ndarray.Full[float32](255, 2, 2, 3)
	fmt.Println(featureMean(hwc)) // the first pixel's red channel was rescaled
	chw := ndarray.Full[float32](255, 3, 2, 2)
	fmt.Println(featureMean(chw.Transpose(1, 2, 0))) // unchanged: the reshape copied
}
