// Bug (VC1014): the pointer into r.items is kept across r.add, a method
// that appends to r.items: the count written through it afterwards goes to
// the old array when add had to grow the slice. It prints [{a 0} {b 0}].
package main

import "fmt"

type item struct {
	Key   string
	Count int
}

type registry struct{ items []item }

func (r *registry) add(key string) {
	r.items = append(r.items, item{Key: key})
}

func (r *registry) bump(i int, next string) {
	it := &r.items[i]
	r.add(next)
	it.Count++ // want "VC1014"
}

func main() {
	r := &registry{items: []item{{Key: "a"}}}
	r.bump(0, "b")
	fmt.Println(r.items)
}
