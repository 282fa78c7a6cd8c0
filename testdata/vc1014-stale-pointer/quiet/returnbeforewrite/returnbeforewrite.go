// Correct: the branch that appends returns before the write through the
// pointer, so no path goes from the append to the write.
package main

import "fmt"

type slot struct {
	Key  string
	Hits int
}

func touch(slots []slot, key string) []slot {
	s := &slots[0]
	if s.Key != key {
		slots = append(slots, slot{Key: key})
		return slots
	}
	s.Hits++
	return slots
}

func main() { fmt.Println(touch([]slot{{Key: "a"}}, "a")) }
