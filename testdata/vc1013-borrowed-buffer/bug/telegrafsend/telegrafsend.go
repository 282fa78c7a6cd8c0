// Bug (VC1013): influxdata/telegraf#991: the tail plugin sends each token
// of the scanner on a channel; the next Scan overwrites the scanner's
// buffer while the consumer still parses the previous line.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
)

type tail struct {
	in chan []byte
}

func (t *tail) receive(f *os.File) {
	scanner := bufio.NewScanner(f)
	for scanner.Scan() {
		t.in <- scanner.Bytes() // want "VC1013"
	}
	close(t.in)
}

func main() {
	t := &tail{in: make(chan []byte, 16)}
	go t.receive(os.Stdin)
	for line := range t.in {
		fmt.Println(len(bytes.Fields(line)))
	}
}
