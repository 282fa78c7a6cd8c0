// Callers of ringdirective, whose contract is in its directives. The same
// program, calling ringcontract, is in ../usercontract: both must get the
// same findings.
package main

import (
	"fmt"

	ring "viewcheck.test/contracts/ringdirective"
)

func main() {
	b := ring.New(1, 2, 3, 4)

	// A window scaled on its own changes b too.
	w := b.Window(0, 2)
	w.Scale(10) // want "VC1001"
	fmt.Println(b.At(0))

	// A snapshot kept as a view shows the new values.
	prev := b.Window(0, 4)
	b.Scale(2) // want "VC1002"
	fmt.Println(prev.At(0))

	// A write into a copy that is never read again.
	c := b.Clone()
	c.Scale(0) // want "VC1003"
	fmt.Println(b.At(1))

	// Quiet: a window written through directly, and a clone used.
	b.Window(2, 4).Scale(0.5)
	d := b.Clone()
	d.Scale(3)
	fmt.Println(b.At(2), d.At(2))
}
