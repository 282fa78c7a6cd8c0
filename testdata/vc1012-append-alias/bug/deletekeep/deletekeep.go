// Bug (VC1012): golang/go#19982 (user code): permutations built by
// deleting nums[i] with append(nums[:i], nums[i+1:]...) while nums is
// still ranged over: each deletion shifts nums itself, so the later
// iterations see a mangled slice and print wrong permutations.
package main

import "fmt"

func permutations(nums []int) [][]int {
	if len(nums) <= 1 {
		return [][]int{nums}
	}
	var out [][]int
	for i := range nums {
		first := nums[i]
		rest := append(nums[:i], nums[i+1:]...) // want "VC1012"
		for _, p := range permutations(rest) {
			out = append(out, append([]int{first}, p...))
		}
	}
	return out
}

func main() {
	fmt.Println(permutations([]int{1, 2, 3}))
}
