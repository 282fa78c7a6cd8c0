// Bug (VC1011): the key is there, but the write uses the value: each
// column's position is written into a copy. It prints [{id 0} {name 0}]
// instead of positions 0 and 1.
package main

import "fmt"

type column struct {
	Name string
	Pos  int
}

func main() {
	cols := []column{{Name: "id"}, {Name: "name"}}
	for i, c := range cols {
		c.Pos = i // want "VC1011"
	}
	fmt.Println(cols)
}
