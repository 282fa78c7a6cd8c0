// Quiet: the copy is written and the original is never read afterwards;
// the program ends without observing either.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	a := ndarray.Arange[int](4)
	fmt.Println("input:", a)
	t := a.Take([]int{0, 1}, 0)
	t.Fill(0)
}
