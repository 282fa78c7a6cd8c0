// Bug (VC1013): the parser keeps the header line in a field of its
// receiver; the loop scans on, and the field then shows later lines.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

type parser struct {
	header []byte
	rows   int
}

func (p *parser) parse(sc *bufio.Scanner) {
	for sc.Scan() {
		if p.header == nil {
			p.header = sc.Bytes() // want "VC1013"
			continue
		}
		p.rows++
	}
}

func main() {
	p := &parser{}
	p.parse(bufio.NewScanner(strings.NewReader("h\n1\n2\n")))
	fmt.Println(string(p.header), p.rows)
}
