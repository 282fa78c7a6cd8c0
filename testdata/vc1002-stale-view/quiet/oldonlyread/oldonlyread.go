// Quiet: a view named "old" is kept but the base is never overwritten while
// it is in use; it is a name, not a snapshot that goes stale.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	table := ndarray.Arange[float64](6).Reshape(2, 3)
	oldRow := table.Slice(ndarray.I(0))
	newRow := ndarray.Add(oldRow, ndarray.Full(1.0, 1))
	fmt.Println(oldRow, newRow, table)
}
