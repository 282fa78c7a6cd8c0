// Quiet (VC1012): ethereum/go-ethereum#35304 as fixed: the prefix is
// copied before the start key is appended (or the parameter is given a
// new backing array first), so the caller's prefix is not written.
package main

import (
	"fmt"
	"slices"
)

func newIterator(prefix []byte, start []byte) string {
	st := string(append(slices.Clone(prefix), start...))
	return st
}

func withDefaults(opts ...string) []string {
	opts = append([]string(nil), opts...)
	merged := append(opts, "timeout=30s")
	return merged
}

func main() {
	prefix := make([]byte, 0, 16)
	prefix = append(prefix, "acct-"...)
	fmt.Println(newIterator(prefix, []byte("bob")), withDefaults("a"))
}
