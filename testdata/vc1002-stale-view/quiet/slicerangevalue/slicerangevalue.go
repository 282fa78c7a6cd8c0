// Package slicerangevalue compacts the lists of a map in place and stores
// each back: the range value is a different list on every iteration (the
// shape of x/tools go/ssa/lift.go, a false alarm of an earlier version).
package slicerangevalue

func Prune(lists map[string][]int, keep func(int) bool) {
	for k, list := range lists {
		j := 0
		for _, x := range list {
			if keep(x) {
				list[j] = x
				j++
			}
		}
		lists[k] = list[:j]
	}
}

func Trim(rows [][]byte) [][]byte {
	var out [][]byte
	for _, row := range rows {
		n := len(row)
		for n > 0 && row[n-1] == ' ' {
			n--
		}
		out = append(out, row[:n])
		if n < len(row) {
			row[n] = 0
		}
	}
	return out
}
