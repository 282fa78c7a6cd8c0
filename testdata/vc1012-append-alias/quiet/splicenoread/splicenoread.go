// Quiet (VC1012): golang/go#19982's delete into a new variable, where
// the original slice is not read afterwards: the result is the only
// slice in use.
package main

import "fmt"

func without(s []string, i int) []string {
	rest := append(s[:i], s[i+1:]...)
	return rest
}

func main() {
	names := []string{"a", "b", "c"}
	names = without(names, 1)
	fmt.Println(names)
}
