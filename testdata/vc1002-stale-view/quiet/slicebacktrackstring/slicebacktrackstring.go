// Package slicebacktrackstring: the backtracking helper passes append(tmp, c)
// down, and the leaf stores a string made from it (a copy).
package slicebacktrackstring

import "slices"

func Words(alphabet []byte, n int) []string {
	var out []string
	var rec func(tmp []byte)
	rec = func(tmp []byte) {
		if len(tmp) == n {
			out = append(out, string(tmp))
			return
		}
		for _, c := range alphabet {
			rec(append(tmp, c))
		}
	}
	rec(nil)
	return out
}

var results [][]byte

func backtrack(tmp []byte, n int) {
	if len(tmp) == n {
		results = append(results, slices.Clone(tmp))
		return
	}
	for _, c := range []byte("xyz") {
		backtrack(append(tmp, c), n)
	}
}

func All(n int) [][]byte {
	results = nil
	backtrack(make([]byte, 0, n), n)
	return results
}
