// Package slicecloned stores copies of the slices it goes on changing.
package slicecloned

import (
	"bytes"
	"slices"
)

func Subsets(nums []int) [][]int {
	var res [][]int
	path := make([]int, 0, len(nums))
	var dfs func(i int)
	dfs = func(i int) {
		res = append(res, slices.Clone(path))
		for j := i; j < len(nums); j++ {
			path = append(path, nums[j])
			dfs(j + 1)
			path = path[:len(path)-1]
		}
	}
	dfs(0)
	return res
}

func Frames(chunks [][]byte) map[int][]byte {
	out := map[int][]byte{}
	buf := make([]byte, 0, 512)
	for i, c := range chunks {
		buf = append(buf[:0], c...)
		out[i] = bytes.Clone(buf)
	}
	return out
}

func Rows(recs [][]float64) [][]float64 {
	var rows [][]float64
	row := make([]float64, 4)
	for _, r := range recs {
		copy(row, r)
		rows = append(rows, append([]float64(nil), row...))
	}
	return rows
}
