// Package frames records the states of a cellular automaton.
//
// Review: redteam
package frames

import nd "github.com/viewcheck/viewcheck/ndarray"

// Run advances a 1-D automaton and returns every state it went through.
func Run(width, steps int) []*nd.Array[int8] {
	state := nd.Zeros[int8](width)
	state.Set(1, width/2)
	var history []*nd.Array[int8]
	for s := 0; s < steps; s++ {
		history = append(history, state.View())
		next := nd.Zeros[int8](width)
		for i := 1; i < width-1; i++ {
			l, c, r := state.At(i-1), state.At(i), state.At(i+1)
			next.Set((l^r)|(c&^l), i)
		}
		state.Assign(next) // want "VC1002"
	}
	return history
}
