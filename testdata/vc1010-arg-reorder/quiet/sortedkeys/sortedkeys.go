// Correct: the function sorts a slice it made itself from a map's keys.
package main

import (
	"fmt"
	"sort"
)

func keys(m map[string]int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func main() {
	fmt.Println(keys(map[string]int{"b": 1, "a": 2}))
}
