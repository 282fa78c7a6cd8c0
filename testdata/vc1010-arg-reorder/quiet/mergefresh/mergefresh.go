// Correct: DataDog/datadog-agent#698 as fixed: the merge builds a fresh
// slice from both inputs and sorts that, so the shared entries keep their
// order.
package main

import (
	"fmt"
	"sort"
)

type entry struct {
	Name string
	Seq  int
}

func merge(a, b []entry) []entry {
	out := make([]entry, 0, len(a)+len(b))
	out = append(out, a...)
	out = append(out, b...)
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func main() {
	shared := []entry{{"c", 1}, {"a", 2}}
	fmt.Println(merge(shared, []entry{{"b", 3}}), shared)
}
