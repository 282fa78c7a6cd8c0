// Bug (VC1002): a flush closure stores the current group and resets it with
// cur[:0], which keeps the backing array: the next group overwrites it.
package sliceclosureemit

func Groups(xs []int) [][]int {
	var groups [][]int
	cur := make([]int, 0, 8)
	flush := func() {
		groups = append(groups, cur) // want `"cur" is stored in groups without a copy.*VC1002`
		cur = cur[:0]
	}
	for _, x := range xs {
		if x == 0 {
			flush()
			continue
		}
		cur = append(cur, x)
	}
	flush()
	return groups
}
