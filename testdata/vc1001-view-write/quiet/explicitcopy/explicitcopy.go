// Quiet: the slice is copied explicitly, so changing it leaves arr alone.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	arr := nd.FromSlice([]int{0, 1, 2, 3, 4, 5})
	part := arr.Slice(nd.S(1, 3)).Copy()
	part.Set(100, 0)
	fmt.Println(part, arr)
}
