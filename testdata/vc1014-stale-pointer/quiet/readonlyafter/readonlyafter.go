// Correct: after the append the pointer is only read; the element's value
// was copied by the append, so the read sees the same value.
package main

import "fmt"

type cfg struct {
	Name string
	Size int
}

func main() {
	cs := []cfg{{Name: "a", Size: 3}}
	c := &cs[0]
	c.Size = 4
	cs = append(cs, cfg{Name: "b"})
	fmt.Println(c.Size, cs)
}
