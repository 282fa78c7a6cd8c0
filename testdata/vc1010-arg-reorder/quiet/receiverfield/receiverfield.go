// Correct: a method sorting its own receiver's field and returning it
// changes what the receiver owns, which is what methods are for.
package main

import (
	"fmt"
	"sort"
)

type set struct{ items []string }

func (s *set) Sorted() []string {
	sort.Strings(s.items)
	return s.items
}

func (s set) Len() int { return len(s.items) }

func main() {
	s := &set{items: []string{"b", "a"}}
	fmt.Println(s.Sorted(), s.Len())
}
