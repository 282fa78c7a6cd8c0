// Package sliceinplacefilter filters in place and chunks its input: slices
// of slices that share memory with an input nobody writes.
package sliceinplacefilter

func Keep(xs []int, ok func(int) bool) []int {
	out := xs[:0]
	for _, x := range xs {
		if ok(x) {
			out = append(out, x)
		}
	}
	return out
}

func Chunks(xs []string, size int) [][]string {
	var out [][]string
	for i := 0; i < len(xs); i += size {
		end := min(i+size, len(xs))
		out = append(out, xs[i:end:end])
	}
	return out
}

func ByFirst(words []string) map[string][]string {
	out := map[string][]string{}
	for i := 0; i < len(words); {
		j := i + 1
		for j < len(words) && words[j][0] == words[i][0] {
			j++
		}
		out[words[i][:1]] = words[i:j]
		i = j
	}
	return out
}
