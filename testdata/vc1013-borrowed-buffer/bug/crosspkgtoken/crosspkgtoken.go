// Bug (VC1013): a helper in another package (lines.Token) returns a view
// of sc.Bytes(); collecting its results across Scan keeps the scanner's
// buffer, which the next Scan overwrites (the helper's fact says it lends).
package main

import (
	"bufio"
	"fmt"
	"strings"

	"viewcheck.test/vc1013-borrowed-buffer/bug/crosspkgtoken/lines"
)

func tokens(s string) [][]byte {
	sc := bufio.NewScanner(strings.NewReader(s))
	var out [][]byte
	for sc.Scan() {
		out = append(out, lines.Token(sc)) // want "VC1013"
	}
	return out
}

func main() {
	fmt.Printf("%q\n", tokens(" a \n b \n"))
}
