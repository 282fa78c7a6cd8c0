// Bug (VC1002): golang/go#74939: the same backtracking bug in a method: the
// solver stores its working path, which the caller pops and pushes again.
package slicebacktrackmethod

type solver struct {
	nums []int
	path []int
	out  [][]int
}

func (s *solver) dfs(start int) {
	s.out = append(s.out, s.path) // want `"s.path" is stored in s.out without a copy.*VC1002`
	for i := start; i < len(s.nums); i++ {
		s.path = append(s.path, s.nums[i])
		s.dfs(i + 1)
		s.path = s.path[:len(s.path)-1]
	}
}

func Subsets(nums []int) [][]int {
	s := &solver{nums: nums, path: make([]int, 0, len(nums))}
	s.dfs(0)
	return s.out
}
