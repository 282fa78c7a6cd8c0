// Package slicestorebreak stores the working slice and leaves the loop at
// once: nothing writes it after the store (the false alarm the first,
// purely syntactic version of the rule gave on real modules).
package slicestorebreak

func FirstRun(xs []int, min int) [][]int {
	var runs [][]int
	cur := make([]int, 0, 8)
	for _, x := range xs {
		if x < 0 {
			cur = cur[:0]
			continue
		}
		cur = append(cur, x)
		if len(cur) >= min {
			runs = append(runs, cur)
			break
		}
	}
	return runs
}

func Lookup(table map[string][]string, keys []string) map[string][]string {
	out := map[string][]string{}
	buf := make([]string, 0, 4)
	for _, k := range keys {
		buf = append(buf[:0], table[k]...)
		if len(buf) > 2 {
			out[k] = buf
			return out
		}
	}
	return out
}
