// One branch of the switch edits a view of the volume; the histogram
// computed after the switch then sees the edited voxels.
package main

import (
	"fmt"
	"os"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func histogram(v *nd.Array[int]) map[int]int {
	h := map[int]int{}
	for _, x := range v.ToSlice() {
		h[x]++
	}
	return h
}

func main() {
	vol := nd.Arange[int](27).Reshape(3, 3, 3)
	slab := vol.Slice(nd.S(1, 2))
	mode := "mask"
	if len(os.Args) > 1 {
		mode = os.Args[1]
	}
	switch mode {
	case "mask":
		slab.Fill(0) // want "VC1001"
	case "show":
		fmt.Println(slab)
	default:
		fmt.Println("unknown mode", mode)
	}
	fmt.Println(len(histogram(vol)), "distinct values")
}
