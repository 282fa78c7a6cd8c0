// Quiet (VC1012): kubernetes/kubernetes#70678's loop form, correct: the
// base is made inside each iteration, or capped before the append, so no
// two stored slices share a spare slot.
package main

import "fmt"

func children(parent []string, names []string) [][]string {
	var out [][]string
	for _, n := range names {
		p := make([]string, len(parent), len(parent)+1)
		copy(p, parent)
		out = append(out, append(p, n))
	}
	for _, n := range names {
		out = append(out, append(parent[:len(parent):len(parent)], n))
	}
	return out
}

func main() {
	parent := make([]string, 0, 4)
	parent = append(parent, "root")
	fmt.Println(children(parent, []string{"a", "b"}))
}
