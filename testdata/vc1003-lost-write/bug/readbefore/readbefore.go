// Package readbefore fixes bad pixels.
//
// Review: redteam
package readbefore

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// FixDead prints the dead pixels, zeroes them and prints the image.
func FixDead(img *nd.Array[float64]) {
	deadMask := nd.Less(img, nd.Full(0.0, 1))
	dead := img.Mask(deadMask)
	fmt.Println("dead pixels:", dead)
	dead.Fill(0) // want "VC1003"
	fmt.Println("fixed image:", img)
}
