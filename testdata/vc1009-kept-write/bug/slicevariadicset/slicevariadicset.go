// Bug (VC1009): NewSet keeps its variadic parameter, which is the caller's
// own slice when called as NewSet(names...): renaming an entry afterwards
// changes the set, and it prints false.
package main

import "fmt"

type Set struct {
	items []string
}

func NewSet(items ...string) *Set { return &Set{items: items} }

func (s *Set) Has(x string) bool {
	for _, it := range s.items {
		if it == x {
			return true
		}
	}
	return false
}

func main() {
	names := []string{"root", "admin"}
	allowed := NewSet(names...)
	names[0] = "guest" // want "VC1009"
	fmt.Println(allowed.Has("root"))
}
