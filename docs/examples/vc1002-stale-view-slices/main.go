// Command vc1002-stale-view-slices shows VC1002 on plain Go slices: the
// backtracking search of golang/go#74939 collects its current path without
// a copy, and the search goes on appending to and cutting back that path,
// so every subset collected shares one backing array.
//
// It prints [[3 3 3] [3 3] [3 3] [3] [3 3] [3] [3] []] instead of every
// subset of [1 2 3]. The fix stores slices.Clone(path).
package main

import "fmt"

func subsets(nums []int) [][]int {
	var res [][]int
	path := make([]int, 0, len(nums))
	var dfs func(i int)
	dfs = func(i int) {
		if i == len(nums) {
			res = append(res, path) // VC1002: later appends to path rewrite it
			return
		}
		path = append(path, nums[i])
		dfs(i + 1)
		path = path[:len(path)-1]
		dfs(i + 1)
	}
	dfs(0)
	return res
}

func main() {
	fmt.Println(subsets([]int{1, 2, 3}))
}
