// Bug (VC1010): TheThingsIndustries/protoc-gen-fieldmask#15: SetFields
// takes its field paths as a variadic parameter and sorts them through a
// helper. A caller passing its own slice with paths... has it reordered:
// it prints [a b c] for the caller's order [c a b].
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Mask struct{ key string }

func normalize(paths []string) {
	sort.Strings(paths)
}

func (m *Mask) SetFields(paths ...string) {
	normalize(paths) // want "VC1010"
	m.key = strings.Join(paths, ",")
}

func main() {
	order := []string{"c", "a", "b"}
	var m Mask
	m.SetFields(order...)
	fmt.Println(order, m.key)
}
