// Correct: the variadic paths are copied before they are sorted, the fix
// protoc-gen-fieldmask adopted.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func key(paths ...string) string {
	paths = append([]string(nil), paths...)
	sort.Strings(paths)
	return strings.Join(paths, ",")
}

func main() {
	order := []string{"c", "a"}
	fmt.Println(key(order...), order)
}
