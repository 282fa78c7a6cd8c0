// The classic tutorial pitfall: a slice of an array is a view, so writing
// into it changes the array. Prints [0 100 2 3 4 5], not the untouched
// [0 1 2 3 4 5] the author expected.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	arr := ndarray.FromSlice([]int{0, 1, 2, 3, 4, 5})
	sliceArr := arr.Slice(ndarray.S(1, 3))
	sliceArr.Set(100, 0) // want "VC1001"
	fmt.Println("slice:", sliceArr)
	fmt.Println("arr:  ", arr)
}
