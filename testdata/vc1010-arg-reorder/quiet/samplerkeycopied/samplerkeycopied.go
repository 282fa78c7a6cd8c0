// Correct: honeycombio/refinery#1827 as fixed: the key builder sorts a copy
// of the field names (slices.Clone), and the caller's order is kept.
package main

import (
	"fmt"
	"slices"
	"strings"
)

type sampler struct{ prefix string }

func (s *sampler) keyFor(fields []string) string {
	sorted := slices.Clone(fields)
	slices.Sort(sorted)
	return s.prefix + strings.Join(sorted, ",")
}

func main() {
	fields := []string{"service", "endpoint"}
	fmt.Println((&sampler{prefix: "k:"}).keyFor(fields), fields)
}
