// Put and PutMask write: through a named view they write the base, which is
// summed afterwards as if untouched.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	inventory := nd.FromSlice([]int{5, 0, 7, 0, 2, 9})
	shelf := inventory.Slice(nd.S(0, 3))
	shelf.Put([]int{1}, 0, nd.FromSlice([]int{40})) // want "VC1001"
	fmt.Println("stock:", nd.Sum(inventory))        // 63, not 23

	counts := nd.FromSlice([]int{3, 0, 1, 0})
	seen := counts.Slice(nd.S(0, 2))
	empty := nd.Equal(seen, nd.Zeros[int](1))
	seen.PutMask(empty, nd.Full(1, 1)) // want "VC1001"
	fmt.Println("counts:", counts)
}
