// Command vc1001-view-write shows VC1001: a write through a named view
// changes its base, and the base is read afterwards as if it had not
// changed (NumPy's slice_arr = arr[1:3]; slice_arr[0] = 100; print(arr)).
//
// It prints [2 100 6 8 10]: the write through s reached arr. The fix is
// arr.Slice(ndarray.S(1, 3)).Copy().
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	arr := ndarray.FromSlice([]int{2, 4, 6, 8, 10})
	s := arr.Slice(ndarray.S(1, 3)) // a view of arr[1:3], not a copy
	s.Set(100, 0)                   // VC1001: also sets arr[1]
	fmt.Println(arr)
}
