// Correct: the copy's address is handed on, so what is written to it is
// used through the pointer.
package main

import "fmt"

type cfg struct{ Port int }

func show(c *cfg) { fmt.Println(c.Port) }

func main() {
	cfgs := []cfg{{80}, {443}}
	for _, c := range cfgs {
		c.Port++
		show(&c)
	}
}
