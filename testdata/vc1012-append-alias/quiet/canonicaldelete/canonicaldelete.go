// Quiet (VC1012): golang/go#19982's canonical form: the delete
// s = append(s[:i], s[i+1:]...) assigns its result back to s, so nothing
// reads the old elements.
package main

import "fmt"

func removeAll(s []int, bad int) []int {
	for i := 0; i < len(s); {
		if s[i] == bad {
			s = append(s[:i], s[i+1:]...)
			continue
		}
		i++
	}
	return s
}

func main() { fmt.Println(removeAll([]int{1, 2, 1, 3}, 1)) }
