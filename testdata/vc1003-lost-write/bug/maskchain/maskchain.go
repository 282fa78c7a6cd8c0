// Chained writes through a boolean mask (pandas#19852, df[mask]['a'] = 0):
// Mask copies, so clearing the selected readings changes nothing.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	readings := nd.FromSlice([]float64{3.2, -999, 4.1, -999, 2.7})
	missing := nd.Equal(readings, nd.Full(-999.0, 1))
	nd.ScaleAssign(readings.Mask(missing), 0)       // want "VC1003"
	fmt.Println("mean reading:", nd.Mean(readings)) // dragged down by the -999s
}
