// Bug (VC1014): the pointer comes from a lookup helper that returns
// &s.entries[i]; the caller appends a new entry to the same field and then
// writes through the old pointer: it prints [{x 0} {y 0}] instead of x=42.
package main

import "fmt"

type entry struct {
	Name  string
	Value int
}

type store struct{ entries []entry }

func (s *store) at(i int) *entry { return &s.entries[i] }

func main() {
	s := store{entries: []entry{{Name: "x"}}}
	e := s.at(0)
	s.entries = append(s.entries, entry{Name: "y"})
	e.Value = 42 // want "VC1014"
	fmt.Println(s.entries)
}
