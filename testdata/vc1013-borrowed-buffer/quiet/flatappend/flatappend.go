// Quiet: the tokens' bytes are appended into one flat slice (b...), and
// written into another buffer: both copy them.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("a\nbc\n"))
	var flat []byte
	var out bytes.Buffer
	for sc.Scan() {
		flat = append(flat, sc.Bytes()...)
		out.Write(sc.Bytes())
		out.WriteByte(',')
	}
	fmt.Println(string(flat), out.String())
}
