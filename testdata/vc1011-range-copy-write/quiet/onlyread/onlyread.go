// Correct: range values that are only read.
package main

import "fmt"

type item struct{ Price int }

func main() {
	total := 0
	for _, it := range []item{{3}, {4}} {
		total += it.Price
	}
	fmt.Println(total)
}
