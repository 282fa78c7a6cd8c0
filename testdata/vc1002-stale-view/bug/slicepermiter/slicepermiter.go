// Bug (VC1002): gitchander/permutation#1: the iterator keeps the caller's
// slice and permutes it in place at every Next, so collecting the slice on
// every step keeps n! references to one array, all showing the last
// permutation. Not reported yet: the writes happen inside Next, through the
// field the constructor stored the slice in (a known miss).
package main

import "fmt"

type Perm struct {
	a     []int
	c     []int
	i     int
	first bool
}

func New(a []int) *Perm { return &Perm{a: a, c: make([]int, len(a)), first: true} }

// Next permutes the slice given to New in place (Heap's algorithm).
func (p *Perm) Next() bool {
	if p.first {
		p.first = false
		return true
	}
	for p.i < len(p.a) {
		if p.c[p.i] < p.i {
			if p.i%2 == 0 {
				p.a[0], p.a[p.i] = p.a[p.i], p.a[0]
			} else {
				p.a[p.c[p.i]], p.a[p.i] = p.a[p.i], p.a[p.c[p.i]]
			}
			p.c[p.i]++
			p.i = 0
			return true
		}
		p.c[p.i] = 0
		p.i++
	}
	return false
}

func main() {
	a := []int{1, 2, 3}
	var all [][]int
	for p := New(a); p.Next(); {
		all = append(all, a) // want `"a" is stored in all without a copy.*VC1002`
	}
	fmt.Println(all) // six times the last permutation
}
