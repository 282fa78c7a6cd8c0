// Correct: the loop writes through the index, so the elements change.
package main

import "fmt"

type dev struct{ Size int }

func main() {
	devs := make([]dev, 2)
	for i := range devs {
		devs[i].Size = 10
	}
	fmt.Println(devs)
}
