// Quiet: the fields of each line are views of the scanner's buffer, kept
// in a slice made in the iteration and used before the next Scan.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("a b\nc d e\n"))
	widest := 0
	for sc.Scan() {
		var cols [][]byte
		for _, f := range bytes.Fields(sc.Bytes()) {
			cols = append(cols, f)
		}
		row := map[string][]byte{"first": sc.Bytes()}
		if len(cols) > widest && len(row["first"]) > 0 {
			widest = len(cols)
		}
	}
	fmt.Println(widest)
}
