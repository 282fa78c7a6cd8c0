// Package slicerangesort sorts or filters each list of a map and stores it
// back under its key (the shape of prometheus's tests and promql's info
// matchers, false alarms of an earlier version): the range value is a
// different list every time round.
package slicerangesort

import (
	"slices"
	"sort"
)

func Sorted(in map[string][]int) map[string][]int {
	out := map[string][]int{}
	for k, v := range in {
		sort.Slice(v, func(i, j int) bool { return v[i] < v[j] })
		out[k] = v
	}
	return out
}

func DropEmpty(m map[string][]string) {
	for name, ms := range m {
		ms = slices.DeleteFunc(ms, func(s string) bool { return s == "" })
		if len(ms) > 0 {
			m[name] = ms
		} else {
			delete(m, name)
		}
	}
}
