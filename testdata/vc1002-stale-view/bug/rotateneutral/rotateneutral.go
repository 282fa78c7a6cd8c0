// A rotation whose saved element has a neutral name: it is a view used as
// the source of a write back into the same array, after the array was
// shifted over it. The result is [2 3 4 2], not [2 3 4 1].
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func rotateLeft(v *ndarray.Array[int]) {
	first := v.Slice(ndarray.S(0, 1))
	v.Slice(ndarray.S(0, -1)).Assign(v.Slice(ndarray.S(1, ndarray.End))) // want "VC1002"
	v.Slice(ndarray.S(-1, ndarray.End)).Assign(first)
}

func main() {
	v := ndarray.FromSlice([]int{1, 2, 3, 4})
	rotateLeft(v)
	fmt.Println(v)
}
