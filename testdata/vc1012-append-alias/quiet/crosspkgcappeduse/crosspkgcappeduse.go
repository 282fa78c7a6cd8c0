// Quiet (VC1012): the crosspkg/cgroups helper used correctly: each
// child is built from a capped parent, or the first child is only
// printed before the second one is made.
package main

import (
	"fmt"

	"viewcheck.test/crosspkg/cgroups"
)

func main() {
	parent := cgroups.Root()
	a := cgroups.Child(parent[:len(parent):len(parent)], "a")
	b := cgroups.Child(parent[:len(parent):len(parent)], "b")
	fmt.Println(a, b)
	c := cgroups.Child(parent, "c")
	fmt.Println(c)
	d := cgroups.Child(parent, "d")
	fmt.Println(d)
}
