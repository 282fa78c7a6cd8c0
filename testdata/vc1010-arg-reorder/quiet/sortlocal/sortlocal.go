// Correct: the function sorts a copy it made of its parameter, not the
// parameter itself.
package main

import (
	"fmt"
	"sort"
)

func top(names []string) string {
	sorted := append([]string(nil), names...)
	sort.Strings(sorted)
	return sorted[0]
}

func main() {
	names := []string{"b", "a"}
	fmt.Println(top(names), names)
}
