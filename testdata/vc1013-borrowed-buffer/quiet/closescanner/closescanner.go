// Quiet: the last line is kept after the loop, but it is a copy
// (strings.Clone of its text), and the peeked header is parsed before the
// reader moves on.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("a\nb\n"))
	var last string
	for sc.Scan() {
		last = strings.Clone(sc.Text())
	}
	r := bufio.NewReader(strings.NewReader("HDR body"))
	hdr, _ := r.Peek(3)
	kind := string(hdr)
	rest, _ := r.ReadString('\n')
	fmt.Println(last, kind, rest)
}
