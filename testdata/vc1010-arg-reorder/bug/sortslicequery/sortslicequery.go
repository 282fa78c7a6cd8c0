// Bug (VC1010): honeycombio/refinery#1827's shape: a function that picks
// the newest entry sorts the caller's entries by time to do it. The caller
// keeps the entries in arrival order for its log and prints them sorted:
// [{a 1} {c 2} {b 3}] instead of [{a 1} {b 3} {c 2}].
package main

import (
	"fmt"
	"sort"
)

type entry struct {
	name string
	at   int
}

func newest(es []entry) entry {
	sort.Slice(es, func(i, j int) bool { return es[i].at < es[j].at }) // want "VC1010"
	return es[len(es)-1]
}

func main() {
	log := []entry{{"a", 1}, {"b", 3}, {"c", 2}}
	fmt.Println(newest(log), log)
}
