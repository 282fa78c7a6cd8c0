// Bug (VC1013): uniq keeps the previous line to compare with the next
// one; the previous line is the scanner's buffer, which the next Scan has
// overwritten with the new line, so every line looks like a duplicate.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func uniq(s string) int {
	sc := bufio.NewScanner(strings.NewReader(s))
	var prev []byte
	n := 0
	for sc.Scan() {
		line := sc.Bytes()
		if !bytes.Equal(line, prev) {
			n++
		}
		prev = line // want "VC1013"
	}
	return n
}

func main() {
	fmt.Println(uniq("a\na\nb\n"))
}
