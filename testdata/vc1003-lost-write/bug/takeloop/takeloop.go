// Zeroing selected rows one at a time through Take: each selection is a
// copy, so none of the rows changes.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	m := ndarray.Full(3.0, 4, 2)
	for _, r := range []int{0, 3} {
		m.Take([]int{r}, 0).Fill(0) // want "VC1003"
	}
	fmt.Println(ndarray.Sum(m)) // 24, not 12
}
