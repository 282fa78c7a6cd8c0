// The previous first row is kept through another package's view-returning
// helper; it is read after the state was overwritten, so the reported
// change is zero.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"

	"viewcheck.test/crosspkg/views"
)

func main() {
	state := nd.Arange[float64](6).Reshape(2, 3)
	prevRow := views.FirstRow(state)
	nd.AddAssign(state, nd.Full(1.0, 1)) // want "VC1002"
	change := nd.Sub(views.FirstRow(state), prevRow)
	fmt.Println("change of first row:", change) // [0 0 0]
}
