// Stored paths that are never reused: copied before storing, or given new
// backing right after being stored. Nothing to report.
package main

import "fmt"

func perms(nums []int) [][]int {
	var res [][]int
	var path []int
	var dfs func()
	dfs = func() {
		if len(path) == len(nums) {
			res = append(res, append([]int(nil), path...))
			return
		}
		for _, n := range nums {
			path = append(path, n)
			dfs()
			path = path[:len(path)-1]
		}
	}
	dfs()
	return res
}

func groups(words []string) [][]string {
	var all [][]string
	var cur []string
	for _, w := range words {
		if w == "" {
			all = append(all, cur)
			cur = nil
			continue
		}
		cur = append(cur, w)
	}
	return append(all, cur)
}

func main() {
	fmt.Println(perms([]int{1, 2}), groups([]string{"a", "", "b"}))
}
