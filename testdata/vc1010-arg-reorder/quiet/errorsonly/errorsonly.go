// Correct: a function that sorts its argument in place and returns only an
// error, like sort helpers that validate: it exists to change the slice.
package main

import (
	"errors"
	"fmt"
	"sort"
)

func sortChecked(xs []int) error {
	if len(xs) == 0 {
		return errors.New("empty")
	}
	sort.Ints(xs)
	return nil
}

func main() {
	xs := []int{2, 1}
	fmt.Println(sortChecked(xs), xs)
}
