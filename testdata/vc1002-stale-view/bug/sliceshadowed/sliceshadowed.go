// Package sliceshadowed: a parameter called slices hides the package, so
// the fix stores append(cur[:0:0], cur...) instead of slices.Clone(cur).
package sliceshadowed

func Split(slices [][]string, sep string) [][]string {
	cur := make([]string, 0, 8)
	for _, s := range slices {
		for _, w := range s {
			if w == sep {
				slices = append(slices, cur) // want `"cur" is stored in slices without a copy.*VC1002`
				cur = cur[:0]
				continue
			}
			cur = append(cur, w)
		}
	}
	return slices
}
