// Bug (VC1014): the pointer is kept across an append in one case of a
// switch, and written after the switch: on that path the write may go to
// the old array. It prints [{open 0} {split 0}] instead of open with 2.
package main

import "fmt"

type span struct {
	Kind  string
	Depth int
}

func process(spans []span, op string) []span {
	cur := &spans[len(spans)-1]
	switch op {
	case "split":
		spans = append(spans, span{Kind: "split"})
	case "close":
		return spans
	}
	cur.Depth = 2 // want "VC1014"
	return spans
}

func main() {
	fmt.Println(process([]span{{Kind: "open"}}, "split"))
}
