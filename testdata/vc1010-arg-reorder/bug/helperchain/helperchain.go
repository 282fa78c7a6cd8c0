// Bug (VC1010): the sort is two helpers deep: fingerprint calls canonical,
// which calls sortTags. The caller's tags come back sorted: it prints
// [db web] for the caller's [web db]. The finding is where the reordering
// becomes a surprise (canonical returns a string), once: fingerprint only
// passes its parameter on.
package main

import (
	"fmt"
	"slices"
	"strings"
)

func sortTags(tags []string) { slices.Sort(tags) }

func canonical(tags []string) string {
	sortTags(tags) // want "VC1010"
	return strings.Join(tags, ",")
}

func fingerprint(tags []string) string {
	return "v1:" + canonical(tags)
}

func main() {
	tags := []string{"web", "db"}
	fmt.Println(fingerprint(tags), tags)
}
