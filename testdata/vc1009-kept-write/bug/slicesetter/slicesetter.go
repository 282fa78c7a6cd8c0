// Bug (VC1009): a setter keeps the slice it is given; the caller reuses the
// slice for the next batch while the ring still serves the first one: it
// prints 7 instead of 1.
package main

import "fmt"

type Ring struct {
	items []int
	next  int
}

func (r *Ring) SetItems(items []int) {
	r.items = items
	r.next = 0
}

func (r *Ring) Next() int {
	v := r.items[r.next%len(r.items)]
	r.next++
	return v
}

func main() {
	batch := []int{1, 2, 3}
	var r Ring
	r.SetItems(batch)
	for i := range batch {
		batch[i] = 7 // want "VC1009"
	}
	fmt.Println(r.Next())
}
