// Bug (VC1010): TheThingsIndustries/protoc-gen-fieldmask#15's shape as a
// method: a logger's With sorts its variadic keys to build a stable prefix;
// a caller passing its own slice with keys... gets it sorted. It prints
// [host pid user] where [user host pid] was passed.
package main

import (
	"fmt"
	"slices"
	"strings"
)

type logger struct{ prefix string }

func (l *logger) With(keys ...string) *logger {
	slices.Sort(keys) // want "VC1010"
	return &logger{prefix: l.prefix + strings.Join(keys, ".")}
}

func main() {
	keys := []string{"user", "host", "pid"}
	l := (&logger{}).With(keys...)
	fmt.Println(l.prefix, keys)
}
