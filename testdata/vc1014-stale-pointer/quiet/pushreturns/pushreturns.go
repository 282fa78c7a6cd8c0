// Correct: push appends and returns a pointer to the new last element, in
// a loop: each round's pointer is taken after that round's append, so every
// write lands.
package main

import "fmt"

type span struct {
	Name string
	Dur  int
}

type trace struct{ spans []span }

func (t *trace) push(name string) *span {
	t.spans = append(t.spans, span{Name: name})
	return &t.spans[len(t.spans)-1]
}

func main() {
	var t trace
	for i, n := range []string{"a", "b", "c"} {
		s := t.push(n)
		s.Dur = i * 10
	}
	fmt.Println(t.spans)
}
