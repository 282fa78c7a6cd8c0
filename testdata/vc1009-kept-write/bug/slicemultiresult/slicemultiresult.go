// Bug (VC1009): NewRing returns the ring and an error; the ring keeps the
// slice, which the caller then sorts: the ring starts at 1 instead of 9.
package main

import (
	"errors"
	"fmt"
	"slices"
)

type Ring struct {
	buf []int
}

func NewRing(buf []int) (*Ring, error) {
	if len(buf) == 0 {
		return nil, errors.New("empty ring")
	}
	return &Ring{buf: buf}, nil
}

func (r *Ring) First() int { return r.buf[0] }

func main() {
	vals := []int{9, 4, 1}
	r, err := NewRing(vals)
	if err != nil {
		return
	}
	slices.Sort(vals) // want "VC1009"
	fmt.Println(r.First(), vals)
}
