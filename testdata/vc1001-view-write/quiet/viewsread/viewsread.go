// Quiet: many named views, all only read.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	cube := nd.Arange[int](24).Reshape(2, 3, 4)
	front := cube.Slice(nd.I(0))
	col := cube.Slice(nd.All(), nd.All(), nd.I(1))
	rev := cube.Slice(nd.All(), nd.All(), nd.Step(nd.End, nd.End, -1))
	swapped := cube.SwapAxes(0, 2)
	squeezed := cube.Slice(nd.S(0, 1)).Squeeze()
	fmt.Println(nd.Sum(front), nd.Sum(col), rev.At(0, 0, 0), swapped.Shape(), squeezed.Shape())
	fmt.Println(nd.SharesMemory(front, col), cube)
}
