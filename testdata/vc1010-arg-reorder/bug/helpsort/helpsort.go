// Bug (VC1010): databricks/cli#2836's shape: a help renderer sorts the
// command list it was given (slices.SortFunc) to print it, and the CLI's
// own list, whose order is the registration order used elsewhere, comes
// back sorted. It prints [auth bundle jobs] where [jobs bundle auth] was
// registered.
package main

import (
	"fmt"
	"slices"
	"strings"
)

type command struct{ Name string }

func renderHelp(cmds []command) string {
	slices.SortFunc(cmds, func(a, b command) int { return strings.Compare(a.Name, b.Name) }) // want "VC1010"
	var b strings.Builder
	for _, c := range cmds {
		b.WriteString(c.Name + "\n")
	}
	return b.String()
}

func main() {
	registered := []command{{"jobs"}, {"bundle"}, {"auth"}}
	_ = renderHelp(registered)
	fmt.Println(registered)
}
