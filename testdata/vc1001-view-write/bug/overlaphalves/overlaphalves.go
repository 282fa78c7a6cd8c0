// Two "halves" that overlap by one element: clearing the first changes the
// second, which is then summed as if untouched.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	a := ndarray.Arange[float64](10)
	lo := a.Slice(ndarray.S(0, 6))
	hi := a.Slice(ndarray.S(5, 10))
	lo.Fill(0)                   // want "VC1001"
	fmt.Println(ndarray.Sum(hi)) // 30, not 35
}
