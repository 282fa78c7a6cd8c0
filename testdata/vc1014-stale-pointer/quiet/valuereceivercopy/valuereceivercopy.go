// Correct: with returns a changed copy (a value receiver): its append moves
// the copy's items, not the caller's, so the pointer into the caller's
// items stays valid.
package main

import "fmt"

type list struct{ items []int }

func (l list) with(x int) list {
	l.items = append(l.items, x)
	return l
}

func main() {
	l := list{items: []int{1}}
	p := &l.items[0]
	l2 := l.with(2)
	*p = 10
	fmt.Println(l.items, l2.items)
}
