// Bug (VC1013): a tokenizer keeps its scanner in a field and collects the
// tokens into another field: every token is the scanner's buffer, which
// the loop's next p.sc.Scan() overwrites.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

type tokenizer struct {
	sc   *bufio.Scanner
	toks [][]byte
}

func (p *tokenizer) run() {
	for p.sc.Scan() {
		p.toks = append(p.toks, p.sc.Bytes()) // want "VC1013"
	}
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("x y z"))
	sc.Split(bufio.ScanWords)
	p := &tokenizer{sc: sc}
	p.run()
	fmt.Printf("%q\n", p.toks)
}
