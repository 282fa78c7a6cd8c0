// The same simulation with a copied previous state, and another that keeps
// a live view of its state on purpose (read before any update).
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

type sim struct {
	cur, prev *ndarray.Array[float64]
	head      *ndarray.Array[float64]
}

func (s *sim) step() float64 {
	s.prev = s.cur.Copy()
	ndarray.ScaleAssign(s.cur, 0.5)
	return ndarray.Sum(ndarray.Sub(s.prev, s.cur))
}

func (s *sim) peek() float64 {
	s.head = s.cur.Slice(ndarray.S(0, 1))
	return ndarray.Sum(s.head)
}

func main() {
	s := &sim{cur: ndarray.Full(2.0, 3)}
	fmt.Println(s.step(), s.peek())
}
