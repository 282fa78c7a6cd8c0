// a[[1,2]][0] = 100 leaves a unchanged (numpy#21115): Take copies, so the
// write goes into a temporary that is thrown away. Prints [0 1 2 3 4].
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	a := ndarray.Arange[int](5)
	a.Take([]int{1, 2}, 0).Set(100, 0) // want "VC1003"
	a.Slice(ndarray.S(0, 2)).Set(100, 0)
	fmt.Println(a) // [100 1 2 3 4]: only the slice write landed
}
