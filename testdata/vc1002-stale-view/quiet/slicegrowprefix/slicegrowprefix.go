// Package slicegrowprefix stores a prefix that only grows: later appends
// write past the end of every stored prefix, never inside one.
package slicegrowprefix

func Prefixes(parts []string) map[string][]string {
	out := map[string][]string{}
	var prefix []string
	for _, p := range parts {
		prefix = append(prefix, p)
		out[p] = prefix
	}
	return out
}

func Running(xs []float64) [][]float64 {
	var acc []float64
	var snaps [][]float64
	for _, x := range xs {
		acc = append(acc, x)
		snaps = append(snaps, acc)
	}
	return snaps
}
