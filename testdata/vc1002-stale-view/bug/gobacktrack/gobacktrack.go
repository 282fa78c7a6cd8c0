// Package gobacktrack: the Go-slice backtracking bug.
//
// Review: redteam2
package gobacktrack

func Subsets(nums []int) [][]int {
	var res [][]int
	var path []int
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

func PathSums(tree map[int][]int, root, target int) [][]int {
	var out [][]int
	path := []int{}
	var walk func(n, sum int)
	walk = func(n, sum int) {
		path = append(path, n)
		sum += n
		if len(tree[n]) == 0 && sum == target {
			out = append(out, path) // want "VC1002"
		}
		for _, c := range tree[n] {
			walk(c, sum)
		}
		path = path[:len(path)-1]
	}
	walk(root, 0)
	return out
}
