// The base is read through a closure called after the write through the
// view: the report shows the zeroed prices.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	prices := nd.FromSlice([]float64{9.5, 12, 7.25, 30})
	report := func() { fmt.Println("total:", nd.Sum(prices)) }
	sale := prices.Slice(nd.S(0, 2))
	sale.Fill(0) // want "VC1001"
	report()     // total: 37.25, not 58.75
}
