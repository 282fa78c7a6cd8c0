// Resetting selected accounts through Take: the selection is a copy, so the
// ledger printed afterwards still holds the old balances.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	ledger := ndarray.FromSlice([]int64{120, -40, 75, -5, 60})
	overdrawn := []int{1, 3}
	sel := ledger.Take(overdrawn, 0)
	sel.Fill(0)                    // want "VC1003"
	fmt.Println("ledger:", ledger) // [120 -40 75 -5 60]
}
