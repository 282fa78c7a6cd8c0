// Correct: a helper that exists to sort its argument returns nothing; its
// callers call it for that.
package main

import (
	"fmt"
	"sort"
)

type person struct{ name string }

func sortByName(ps []person) {
	sort.Slice(ps, func(i, j int) bool { return ps[i].name < ps[j].name })
}

func main() {
	ps := []person{{"b"}, {"a"}}
	sortByName(ps)
	fmt.Println(ps)
}
