// Bug (VC1011): hashicorp/packer#1723's shape in a generic helper: resetting
// each counter's value through the range value writes copies, whatever T is:
// it prints [{a 3} {b 5}] unchanged.
package main

import "fmt"

type counter[T any] struct {
	Name  string
	Value T
}

func resetAll[T any](cs []counter[T]) {
	var zero T
	for _, c := range cs {
		c.Value = zero // want "VC1011"
	}
}

func main() {
	cs := []counter[int]{{"a", 3}, {"b", 5}}
	resetAll(cs)
	fmt.Println(cs)
}
