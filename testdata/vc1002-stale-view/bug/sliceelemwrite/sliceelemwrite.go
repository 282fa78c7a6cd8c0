// Bug (VC1002): each generation of a cellular automaton is written into one
// scratch row that is also stored as the history's entry.
package sliceelemwrite

func Evolve(cells []bool, steps int) [][]bool {
	history := make([][]bool, steps)
	next := make([]bool, len(cells))
	for s := 0; s < steps; s++ {
		for i := range cells {
			l := i > 0 && cells[i-1]
			r := i+1 < len(cells) && cells[i+1]
			next[i] = l != r
		}
		history[s] = next // want `"next" is stored in history\[s\] without a copy.*VC1002`
		cells = next
	}
	return history
}
