// Bug (VC1012): golang/go#32127 in a generic helper: head := append(s[:i], v)
// overwrites s[i], which the second append then copies from s[i:]: the
// element after the insertion point is lost: it prints [a x x c] instead
// of [a x b c].
package main

import "fmt"

func insertAt[T any](s []T, i int, v T) []T {
	head := append(s[:i], v) // want "VC1012"
	return append(head, s[i:]...)
}

func main() {
	s := make([]string, 3, 8)
	copy(s, []string{"a", "b", "c"})
	fmt.Println(insertAt(s, 1, "x"))
}
