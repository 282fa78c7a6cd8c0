// Quiet: the shape of mime/quotedprintable's Reader: the current line is
// kept in a field and read again only when consumed, by the statement that
// stores the next line in the same field.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

type reader struct {
	br   *bufio.Reader
	line []byte
	err  error
}

func (r *reader) count() int {
	n := 0
	for {
		if len(r.line) == 0 {
			if r.err != nil {
				return n
			}
			r.line, r.err = r.br.ReadSlice('\n')
		}
		n += len(r.line)
		r.line = r.line[len(r.line):]
	}
}

func main() {
	r := &reader{br: bufio.NewReader(strings.NewReader("ab\ncd\n"))}
	fmt.Println(r.count())
}
