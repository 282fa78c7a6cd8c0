// Bug (VC1013): a generic index maps parsed keys to the raw line they came
// from, storing the scanner's buffer: every entry ends up showing the last
// line.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func index[K comparable](sc *bufio.Scanner, key func([]byte) K) map[K][]byte {
	m := make(map[K][]byte)
	for sc.Scan() {
		line := sc.Bytes()
		m[key(line)] = line // want "VC1013"
	}
	return m
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("a 1\nb 2\n"))
	m := index(sc, func(b []byte) string { return string(b[:1]) })
	fmt.Println(string(m["a"]), string(m["b"]))
}
