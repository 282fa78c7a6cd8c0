// Bug (VC1012): kubernetes/kubernetes#70678, the loop form: every child
// path is append(parent, name) of one parent with spare capacity, stored
// in a slice: all children end with the last name: it prints
// [[root sys c] [root sys c] [root sys c]].
package main

import "fmt"

func children(parent []string, names []string) [][]string {
	var out [][]string
	for _, n := range names {
		out = append(out, append(parent, n)) // want "VC1012"
	}
	return out
}

func main() {
	parent := make([]string, 0, 3)
	parent = append(parent, "root", "sys")
	fmt.Println(children(parent, []string{"a", "b", "c"}))
}
