// Package slicebacktrack stores clones of the backtracking path.
//
// Review: redteam2
package slicebacktrack

import "slices"

func Subsets(nums []int) [][]int {
	var res [][]int
	var path []int
	var dfs func(i int)
	dfs = func(i int) {
		if i == len(nums) {
			res = append(res, slices.Clone(path))
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

func Perms(nums []int) [][]int {
	var res [][]int
	used := make([]bool, len(nums))
	path := make([]int, 0, len(nums))
	var dfs func()
	dfs = func() {
		if len(path) == len(nums) {
			res = append(res, append([]int(nil), path...))
			return
		}
		for i, n := range nums {
			if used[i] {
				continue
			}
			used[i] = true
			path = append(path, n)
			dfs()
			path = path[:len(path)-1]
			used[i] = false
		}
	}
	dfs()
	return res
}

func Combos(n, k int) [][]int {
	var res [][]int
	cur := []int{}
	var rec func(start int)
	rec = func(start int) {
		if len(cur) == k {
			c := make([]int, k)
			copy(c, cur)
			res = append(res, c)
			return
		}
		for i := start; i <= n; i++ {
			cur = append(cur, i)
			rec(i + 1)
			cur = cur[:len(cur)-1]
		}
	}
	rec(1)
	return res
}
