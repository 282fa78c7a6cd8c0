// Bug (VC1011): ranging over a fixed-size array copies each element: the
// pins are never enabled. It prints [{false} {false} {false}].
package main

import "fmt"

type pin struct{ On bool }

func main() {
	var pins [3]pin
	for _, p := range pins {
		p.On = true // want "VC1011"
	}
	fmt.Println(pins)
}
