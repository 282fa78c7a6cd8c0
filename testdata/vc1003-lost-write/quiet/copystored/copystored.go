// Quiet: edited copies are stored in a slice and printed later.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	data := nd.Arange[float64](6).Reshape(3, 2)
	var variants []*nd.Array[float64]
	for r := 0; r < 3; r++ {
		v := data.Take([]int{r}, 0)
		v.Set(-1, 0, 0)
		variants = append(variants, v)
	}
	fmt.Println(variants, data)
}
