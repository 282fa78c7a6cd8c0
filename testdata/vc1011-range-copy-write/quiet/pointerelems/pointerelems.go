// Correct: the elements are pointers, so the range value is a pointer and
// the write lands in the element.
package main

import "fmt"

type dev struct{ Size int }

func main() {
	devs := []*dev{{}, {}}
	for _, d := range devs {
		d.Size = 10
	}
	fmt.Println(*devs[0], *devs[1])
}
