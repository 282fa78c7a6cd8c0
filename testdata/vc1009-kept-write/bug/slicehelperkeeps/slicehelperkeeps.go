// Bug (VC1009): NewPool keeps the slice through a helper (newPoolSize), and
// the caller clears the slice afterwards: the pool's first worker name
// prints empty instead of "w1".
package main

import "fmt"

type Pool struct {
	workers []string
	size    int
}

func newPoolSize(workers []string, size int) *Pool {
	return &Pool{workers: workers[:size]}
}

func NewPool(workers []string) *Pool {
	return newPoolSize(workers, len(workers))
}

func (p *Pool) First() string { return p.workers[0] }

func main() {
	ws := []string{"w1", "w2"}
	p := NewPool(ws)
	clear(ws) // want "VC1009"
	fmt.Printf("%q\n", p.First())
}
