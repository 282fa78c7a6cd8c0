// Bug (VC1014): a generic pool hands out pointers into its slots and grows
// the slots with append: the pointer taken before Grow writes to the old
// array. It prints [{0} {0}] instead of the first slot set to 7.
package main

import "fmt"

type slot[T any] struct{ V T }

type pool[T any] struct{ slots []slot[T] }

func (p *pool[T]) grow() { p.slots = append(p.slots, slot[T]{}) }

func fill[T any](p *pool[T], v T) {
	s := &p.slots[0]
	p.grow()
	s.V = v // want "VC1014"
}

func main() {
	p := &pool[int]{slots: make([]slot[int], 1)}
	fill(p, 7)
	fmt.Println(p.slots)
}
