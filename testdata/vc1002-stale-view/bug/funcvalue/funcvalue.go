// A backup taken as a view, then the image is handed to an edit callback
// that may change it: restoring from the "backup" restores nothing.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func tryEdit(img *ndarray.Array[float64], edit func(*ndarray.Array[float64]) bool) {
	backup := img.View()
	if !edit(img) { // want "VC1002"
		img.Assign(backup)
	}
}

func main() {
	img := ndarray.Full(1.0, 2, 2)
	tryEdit(img, func(a *ndarray.Array[float64]) bool {
		a.Fill(9)
		return false // rejected: should have been rolled back
	})
	fmt.Println(img) // still all 9
}
