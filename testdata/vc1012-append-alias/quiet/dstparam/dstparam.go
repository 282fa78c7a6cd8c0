// Quiet (VC1012): a decoder appends into a destination its caller lends
// it (pebble's rangedel.Decode(ik, v, keysDst)), and returns it inside a
// composite literal: the caller handed over that spare capacity.
package main

import "fmt"

type key struct{ trailer uint64 }

type span struct {
	start, end string
	keys       []key
}

func decode(start, end string, t uint64, keysDst []key) span {
	return span{start: start, end: end, keys: append(keysDst, key{t})}
}

func fill(s *span, t uint64, dst []key) {
	s.keys = append(dst, key{t})
}

func main() {
	buf := make([]key, 0, 4)
	s := decode("a", "b", 7, buf)
	fill(&s, 8, s.keys[:0])
	fmt.Println(s)
}
