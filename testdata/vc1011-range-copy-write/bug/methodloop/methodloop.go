// Bug (VC1011): a method that normalises its receiver's items in a range
// loop; the item's weight is written to the copy. It prints [{a 5} {b 5}]
// unchanged instead of weights of 1.
package main

import "fmt"

type item struct {
	Name   string
	Weight float64
}

type basket struct{ Items []item }

func (b *basket) normalize() {
	for _, it := range b.Items {
		it.Weight = 1 // want "VC1011"
	}
}

func main() {
	b := &basket{Items: []item{{"a", 5}, {"b", 5}}}
	b.normalize()
	fmt.Println(b.Items)
}
