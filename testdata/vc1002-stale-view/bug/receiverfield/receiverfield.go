// A simulation keeps its previous state in a field, as a view of the
// current one: after the update, the change it reports is always zero.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

type sim struct {
	cur, prev *ndarray.Array[float64]
}

// step halves the state and returns how much it changed.
func (s *sim) step() float64 {
	s.prev = s.cur.View()
	ndarray.ScaleAssign(s.cur, 0.5) // want "VC1002"
	return ndarray.Sum(ndarray.Sub(s.prev, s.cur))
}

func main() {
	s := &sim{cur: ndarray.Full(2.0, 3)}
	fmt.Println(s.step()) // 0, not 3
}
