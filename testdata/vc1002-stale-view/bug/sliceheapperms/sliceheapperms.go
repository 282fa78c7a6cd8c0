// Bug (VC1002): gitchander/permutation#1, in one function: Heap's algorithm
// permutes a in place and collects a at every step, so every collected
// permutation is the same array.
package main

import "fmt"

func perms(a []int) [][]int {
	var out [][]int
	c := make([]int, len(a))
	out = append(out, a) // want `"a" is stored in out without a copy.*VC1002`
	for i := 0; i < len(a); {
		if c[i] < i {
			if i%2 == 0 {
				a[0], a[i] = a[i], a[0]
			} else {
				a[c[i]], a[i] = a[i], a[c[i]]
			}
			out = append(out, a) // want `"a" is stored in out without a copy.*VC1002`
			c[i]++
			i = 0
		} else {
			c[i] = 0
			i++
		}
	}
	return out
}

func main() {
	fmt.Println(perms([]int{1, 2, 3})) // six copies of the last permutation
}
