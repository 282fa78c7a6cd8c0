// Bug (VC1013): the scanned line is handed to a method that appends it to
// a field; the next Scan overwrites every line the history holds. (Known
// miss: a loan passed to a function of the user's that keeps it.)
package main

import (
	"bufio"
	"fmt"
	"strings"
)

type history struct{ lines [][]byte }

func (h *history) add(line []byte) { h.lines = append(h.lines, line) }

func main() {
	var h history
	sc := bufio.NewScanner(strings.NewReader("a\nb\n"))
	for sc.Scan() {
		h.add(sc.Bytes()) // want "VC1013"
	}
	fmt.Printf("%q\n", h.lines)
}
