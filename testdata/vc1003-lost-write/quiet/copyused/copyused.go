// Quiet: the masked copy is changed and then used on its own.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	prices := nd.FromSlice([]float64{9.5, 120, 14, 300})
	expensive := prices.Mask(nd.Greater(prices, nd.Full(100.0, 1)))
	nd.ScaleAssign(expensive, 0.9)
	fmt.Println("discounted:", expensive, "total:", nd.Sum(expensive))
	fmt.Println("list prices:", prices)
}
