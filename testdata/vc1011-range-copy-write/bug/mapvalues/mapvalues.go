// Bug (VC1011): map values are copies too, and cannot be addressed: marking
// each session expired changes nothing. It prints false false.
package main

import "fmt"

type session struct{ Expired bool }

func main() {
	sessions := map[string]session{"a": {}, "b": {}}
	for _, s := range sessions {
		s.Expired = true // want "VC1011"
	}
	fmt.Println(sessions["a"].Expired, sessions["b"].Expired)
}
