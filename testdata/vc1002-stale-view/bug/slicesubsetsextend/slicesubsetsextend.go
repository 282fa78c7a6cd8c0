// Bug (VC1002): golang/go#33111: subsets built by extending each earlier
// subset in place: t := res[j] is a slice stored in res, and append(t, x)
// writes its spare capacity, which the next x overwrites.
package main

import "fmt"

func subsets(nums []int) [][]int {
	res := [][]int{{}}
	for _, x := range nums {
		n := len(res)
		for j := 0; j < n; j++ {
			t := res[j]
			t = append(t, x) // want `append\(t, x\) extends "t", which is res\[j\], a slice already stored in res.*VC1002`
			res = append(res, t)
		}
	}
	return res
}

func main() {
	fmt.Println(subsets([]int{1, 2, 3, 4, 5})) // some subsets appear twice, others are missing
}
