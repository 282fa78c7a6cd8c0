// Struct fields: a struct holding arrays and views. Methods that read views
// of fields are quiet; a view kept in a field as a snapshot is stale after
// the base is overwritten.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

type sim struct {
	state *nd.Array[float64]
	saved *nd.Array[float64]
	steps int
}

func (s *sim) energy() float64 {
	row := s.state.Slice(nd.I(0))
	return nd.Sum(nd.Mul(row, row))
}

func (s *sim) step() {
	s.state.Assign(nd.Mul(s.state, nd.Full(0.5, 1)))
	s.steps++
}

func main() {
	st := nd.Full(2.0, 2, 2)
	s := &sim{state: st}
	s.step()
	fmt.Println("energy:", s.energy())
	s.saved = st.View()
	nd.ScaleAssign(st, 0.5)                           // want "VC1002"
	fmt.Println("saved:", s.saved, "steps:", s.steps) // saved shows 0.5s, not 1s
}
