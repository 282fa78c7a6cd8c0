// Quiet (VC1012): two appends on one base with spare capacity, but the
// first result is printed and dropped before the second is made: nothing
// reads it after the second append overwrites the shared slot.
package main

import "fmt"

func main() {
	base := make([]int, 1, 4)
	a := append(base, 1)
	fmt.Println(a)
	b := append(base, 2)
	fmt.Println(b)
}
