// Quiet: shuffling rows by Take and writing them back with Put.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	deck := nd.Arange[int](8).Reshape(4, 2)
	perm := []int{3, 1, 0, 2}
	order := []int{0, 1, 2, 3}
	shuffled := deck.Take(perm, 0)
	deck.Put(order, 0, shuffled)
	fmt.Println(deck)
}
