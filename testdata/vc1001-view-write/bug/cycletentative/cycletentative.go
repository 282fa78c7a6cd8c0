// Bug (VC1001): a ping-pong smoother over two buffers. smooth writes next
// and sweeps again with the roles swapped, so over the recursion it writes
// both of its buffers; polish is smooth in the opposite direction and so
// writes both of its buffers too. The caller hands polish a named view of
// a row of hist as its second buffer (next) and reads hist afterwards: the
// row has changed. polish is not in the cycle's first round (it only calls
// smooth, which is still being worked out when polish is analyzed).
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// sweep runs n rounds of smoothing and polishing.
func sweep(cur, next *ndarray.Array[float64], n int) {
	if n == 0 {
		return
	}
	smooth(cur, next, n)
	polish(cur, next, n)
}

// smooth writes the smoothed cur into next, then sweeps from next.
func smooth(cur, next *ndarray.Array[float64], n int) {
	next.Assign(ndarray.Add(cur, cur))
	sweep(next, cur, n-1)
}

// polish smooths from next into cur.
func polish(cur, next *ndarray.Array[float64], n int) {
	smooth(next, cur, n)
}

func main() {
	hist := ndarray.Full(1.0, 2, 3)
	row := hist.Slice(ndarray.I(1))
	polish(ndarray.Full(2.0, 3), row, 2) // want "VC1001"
	fmt.Println(hist)                    // row 1 is no longer [1 1 1]
}
