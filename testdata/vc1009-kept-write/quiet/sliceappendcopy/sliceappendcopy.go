// Correct: the setter is handed append([]int(nil), batch...), a copy, so
// reusing batch for the next round does not change the ring: it prints 1.
package main

import "fmt"

type Ring struct {
	items []int
}

func (r *Ring) SetItems(items []int) { r.items = items }

func (r *Ring) First() int { return r.items[0] }

func main() {
	batch := []int{1, 2, 3}
	var r Ring
	r.SetItems(append([]int(nil), batch...))
	for i := range batch {
		batch[i] = 7
	}
	fmt.Println(r.First(), batch)
}
