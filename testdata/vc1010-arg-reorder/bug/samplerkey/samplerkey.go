// Bug (VC1010): honeycombio/refinery#1827's shape: building a sampler key
// sorts the field names the caller passed in, and the caller, which pairs
// them with values by index, sees them reordered. It prints
// [service endpoint] -> [endpoint service] and pairs the wrong values.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type sampler struct{ prefix string }

func (s *sampler) keyFor(fields []string) string {
	sort.Strings(fields) // want "VC1010"
	return s.prefix + strings.Join(fields, ",")
}

func main() {
	s := &sampler{prefix: "k:"}
	fields := []string{"service", "endpoint"}
	values := []string{"api", "/users"}
	fmt.Println(s.keyFor(fields))
	for i, f := range fields {
		fmt.Println(f, "=", values[i])
	}
}
