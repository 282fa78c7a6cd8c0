// Rotating a vector left by one through a temporary view of its first
// element: the temporary is overwritten by the shift, so the old first
// element is lost and the last slot gets the new first element.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	v := nd.FromSlice([]int{1, 2, 3, 4})
	temp := v.Slice(nd.S(0, 1))
	v.Slice(nd.S(0, -1)).Assign(v.Slice(nd.S(1, nd.End))) // want "VC1002"
	v.Slice(nd.S(-1, nd.End)).Assign(temp)
	fmt.Println(v) // [2 3 4 2], not [2 3 4 1]
}
