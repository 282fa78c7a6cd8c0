// Bug (VC1013): buildkite/agent#441: the log reader collects ReadLine's
// results; every line is a slice of the reader's buffer, which the next
// ReadLine refills, so earlier lines turn into fragments of later ones.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func collect(rd io.Reader) [][]byte {
	r := bufio.NewReader(rd)
	var lines [][]byte
	for {
		line, _, err := r.ReadLine()
		if err != nil {
			break
		}
		lines = append(lines, line) // want "VC1013"
	}
	return lines
}

func main() {
	for _, l := range collect(strings.NewReader("a\nbb\nccc\n")) {
		fmt.Printf("%q\n", l)
	}
}
