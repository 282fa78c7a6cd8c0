// Bug (VC1010): DataDog/datadog-agent#698's shape: a merge routine sorts
// the entries it was handed (sort.Sort through a conversion to a sortable
// type, the same backing array) and returns a count; the caller's shared
// entries, read elsewhere in arrival order, are reordered. It prints
// [{a 1} {b 3} {c 2}].
package main

import (
	"fmt"
	"sort"
)

type entry struct {
	Name string
	Seq  int
}

type byName []entry

func (b byName) Len() int           { return len(b) }
func (b byName) Less(i, j int) bool { return b[i].Name < b[j].Name }
func (b byName) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func mergeInto(dst map[string]int, entries []entry) int {
	sort.Sort(byName(entries)) // want "VC1010"
	for _, e := range entries {
		dst[e.Name] = e.Seq
	}
	return len(dst)
}

func main() {
	shared := []entry{{"a", 1}, {"c", 2}, {"b", 3}}
	fmt.Println(mergeInto(map[string]int{}, shared))
	fmt.Println(shared)
}
