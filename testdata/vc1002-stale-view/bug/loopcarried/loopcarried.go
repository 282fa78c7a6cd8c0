// Bug (VC1002): prevHead is a view kept from the previous step as a
// snapshot of the head of the series. The split point k moves left by one
// each step, so the previous head a[:k+1] includes a[k], which this step's
// tail a[k:] overwrites before prevHead is read: the "previous" head is read
// with the new value in it. The bounds use the same variable k, but not the
// same value: prevHead was cut with last step's k.
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	a := ndarray.Arange[float64](5)
	var prevHead *ndarray.Array[float64]
	for k := 4; k >= 1; k-- {
		tail := a.Slice(ndarray.S(k, ndarray.End))
		tail.Fill(-1) // want "VC1002"
		if prevHead != nil {
			// Expected the sum of a[0..k] before the fill; gets -1 at a[k].
			fmt.Println("previous head:", prevHead, ndarray.Sum(prevHead))
		}
		prevHead = a.Slice(ndarray.S(0, k))
	}
}
