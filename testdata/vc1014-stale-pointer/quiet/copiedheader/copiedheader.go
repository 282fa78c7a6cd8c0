// Correct: the append goes to a copy of the slice header (grown := s):
// s keeps its array, and the write through the pointer into s lands.
package main

import "fmt"

type cell struct{ V int }

func main() {
	s := []cell{{1}}
	p := &s[0]
	grown := s
	grown = append(grown, cell{2})
	p.V = 5
	fmt.Println(s, grown)
}
