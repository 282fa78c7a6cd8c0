// Backtracking that stores the working path itself: every stored subset
// shares path's backing array, so later appends overwrite what was stored.
// Prints [[3] [3] [3 3] [3] ...]-like garbage instead of the subsets.
package main

import "fmt"

func subsets(nums []int) [][]int {
	var res [][]int
	path := make([]int, 0, len(nums))
	var dfs func(i int)
	dfs = func(i int) {
		if i == len(nums) {
			res = append(res, path) // want "VC1002"
			return
		}
		dfs(i + 1)
		path = append(path, nums[i])
		dfs(i + 1)
		path = path[:len(path)-1]
	}
	dfs(0)
	return res
}

func main() {
	fmt.Println(subsets([]int{1, 2, 3}))
}
