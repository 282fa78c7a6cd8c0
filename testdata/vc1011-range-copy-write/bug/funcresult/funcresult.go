// Bug (VC1011): ranging over a method's result, a slice of values held by
// the inventory, and writing a field of each range value: the writes go to
// copies, so the inventory's stock never changes. It prints [{bolt 10}].
package main

import "fmt"

type part struct {
	SKU   string
	Stock int
}

type inventory struct{ parts []part }

func (inv *inventory) Parts() []part { return inv.parts }

func main() {
	inv := &inventory{parts: []part{{"bolt", 10}}}
	for _, p := range inv.Parts() {
		p.Stock -= 2 // want "VC1011"
	}
	fmt.Println(inv.parts)
}
